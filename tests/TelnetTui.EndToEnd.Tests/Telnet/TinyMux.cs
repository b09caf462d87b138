using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TelnetTui.Testing;

namespace TelnetTui.EndToEnd.Tests.Telnet;

/// <summary>
/// A private tinymux: its game folder copied to a temp folder, netmux started there on 127.0.0.1 and a
/// free port; killed (with its helper processes) and deleted on dispose. The default database's wizard
/// logs in with <c>connect wizard potrzebie</c>.
/// </summary>
public sealed class TinyMux : IDisposable
{
    private const string GameData = "/usr/share/tinymux/game";
    private const string BinFolder = "/usr/lib/tinymux/game/bin";
    private readonly Process _process;
    private readonly string _dir;

    private TinyMux(Process process, string dir, int port)
    {
        _process = process;
        _dir = dir;
        Port = port;
    }

    public int Port { get; }

    public static TinyMux Start()
    {
        var netmux = RequiredTool.Require(Path.Combine(BinFolder, "netmux"), "tinymux");
        var dir = Directory.CreateTempSubdirectory("telnettui-tinymux-").FullName;
        CopyFolder(GameData, dir);
        Directory.CreateSymbolicLink(Path.Combine(dir, "bin"), BinFolder);
        var port = FreePort();
        var config = Path.Combine(dir, "netmux.conf");
        var lines = File.ReadAllLines(config).Where(l => !l.StartsWith("port ", StringComparison.Ordinal)).ToList();
        lines.Add($"port {port}");
        lines.Add("ip_address 127.0.0.1");
        File.WriteAllLines(config, lines);

        var psi = new ProcessStartInfo(netmux)
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-c", "netmux.conf", "-p", "netmux.pid", "-e", "." })
            psi.ArgumentList.Add(a);
        psi.Environment["LD_LIBRARY_PATH"] = Path.Combine(dir, "bin");
        var process = Process.Start(psi) ?? throw new InvalidOperationException("netmux did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var mux = new TinyMux(process, dir, port);
        mux.WaitUntilListening(TimeSpan.FromSeconds(30));
        return mux;
    }

    private void WaitUntilListening(TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                var code = _process.ExitCode;
                Dispose();
                throw new InvalidOperationException($"netmux exited with {code} before listening on 127.0.0.1:{Port}");
            }
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        Dispose();
        throw new TimeoutException($"tinymux did not listen on 127.0.0.1:{Port} within {timeout}");
    }

    public void Dispose() => PeerProcess.Stop(_process, _dir);

    internal static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var d in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, d)));
        foreach (var f in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(f, Path.Combine(to, Path.GetRelativePath(from, f)));
    }
}
