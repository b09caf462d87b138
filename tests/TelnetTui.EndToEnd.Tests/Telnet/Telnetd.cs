using System.Diagnostics;
using TelnetTui.Testing;

namespace TelnetTui.EndToEnd.Tests.Telnet;

/// <summary>
/// inetutils telnetd on loopback. telnetd serves one connection on its stdin/stdout (inetd style) and
/// has no stand-alone mode, so a tiny acceptor (python3, bound to 127.0.0.1 and an ephemeral port)
/// accepts one connection and execs telnetd with the socket as stdin/stdout. The login program is a
/// small script (user name, a password read with echo off, one command), so no system account is needed.
/// </summary>
public sealed class Telnetd : IDisposable
{
    private const string Acceptor = """
        import os, socket, sys
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.bind(('127.0.0.1', 0))
        s.listen(1)
        print(s.getsockname()[1], flush=True)
        c, _ = s.accept()
        s.close()
        os.dup2(c.fileno(), 0)
        os.dup2(c.fileno(), 1)
        os.execv(sys.argv[1], sys.argv[1:])
        """;

    private const string Login = """
        #!/bin/sh
        printf 'login: '
        read user
        stty -echo
        printf 'Password: '
        read pass
        stty echo
        printf '\r\nWelcome %s (password of %d characters)\r\n$ ' "$user" "${#pass}"
        read cmd
        printf 'you typed: [%s]\n' "$cmd"
        # telnetd may drop output still in the pty when the program exits at once; let it drain first.
        sleep 1
        """;

    private readonly Process _process;
    private readonly string _dir;

    private Telnetd(Process process, string dir, int port)
    {
        _process = process;
        _dir = dir;
        Port = port;
    }

    public int Port { get; }

    public static Telnetd Start()
    {
        var python = RequiredTool.Require("python3", "python3");
        var telnetd = RequiredTool.Require("/usr/sbin/telnetd", "inetutils-telnetd");
        var dir = Directory.CreateTempSubdirectory("telnettui-telnetd-").FullName;
        var acceptor = Path.Combine(dir, "acceptor.py");
        var login = Path.Combine(dir, "login.sh");
        File.WriteAllText(acceptor, Acceptor);
        File.WriteAllText(login, Login.Replace("\r\n", "\n"));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(login, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var psi = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { acceptor, telnetd, "-h", "-E", login })
            psi.ArgumentList.Add(a);
        var process = Process.Start(psi) ?? throw new InvalidOperationException("python3 did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        try
        {
            var line = process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20)).GetAwaiter().GetResult();
            if (!int.TryParse(line, out var port))
                throw new InvalidOperationException($"the telnetd acceptor did not print its port (got '{line}')");
            return new Telnetd(process, dir, port);
        }
        catch
        {
            PeerProcess.Stop(process, dir);
            throw;
        }
    }

    public void Dispose() => PeerProcess.Stop(_process, _dir);
}
