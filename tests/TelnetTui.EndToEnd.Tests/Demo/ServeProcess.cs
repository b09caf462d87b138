using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using TelnetTui.EndToEnd.Tests.Infrastructure;

namespace TelnetTui.EndToEnd.Tests.Demo;

/// <summary>
/// <c>telnettui serve</c> as a child process: started with arguments, its "listening on" line read from
/// stdout, stopped with SIGTERM (or killed on dispose if it is still running).
/// </summary>
internal sealed partial class ServeProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly StringBuilder _stderr = new();

    private ServeProcess(Process process) => Process = process;

    public Process Process { get; }

    public int Port { get; private set; }

    public string ListeningLine { get; private set; } = "";

    public string Stderr
    {
        get
        {
            lock (_stderr)
                return _stderr.ToString();
        }
    }

    public static ServeProcess Start(string arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(AppBinary.Dll);
        foreach (var a in arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            info.ArgumentList.Add(a);
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var serve = new ServeProcess(process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (serve._stderr)
                    serve._stderr.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        return serve;
    }

    /// <summary>Reads the first stdout line and expects <c>listening on 127.0.0.1:PORT</c>.</summary>
    public async Task<int> WaitListeningAsync(CancellationToken cancellationToken)
    {
        var line = await Process.StandardOutput.ReadLineAsync(cancellationToken).AsTask().WaitAsync(StartTimeout, cancellationToken)
            ?? throw new InvalidOperationException("serve printed nothing; stderr: " + Stderr);
        ListeningLine = line;
        var m = ListeningPattern().Match(line);
        Assert.True(m.Success, $"unexpected first line: \"{line}\"; stderr: {Stderr}");
        Port = int.Parse(m.Groups[1].Value);
        return Port;
    }

    /// <summary>Sends SIGTERM and waits for the exit code.</summary>
    public int Terminate(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", Process.Id.ToString()]))
            kill.WaitForExit(10_000);
        Assert.True(Process.WaitForExit(timeout), "serve did not exit after SIGTERM; stderr: " + Stderr);
        Process.WaitForExit();
        return Process.ExitCode;
    }

    public int WaitForExit(TimeSpan timeout)
    {
        Assert.True(Process.WaitForExit(timeout), "serve did not exit; stderr: " + Stderr);
        Process.WaitForExit();
        return Process.ExitCode;
    }

    public void Dispose()
    {
        try
        {
            if (!Process.HasExited)
                Process.Kill(entireProcessTree: true);
            Process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
        }
        Process.Dispose();
    }

    [GeneratedRegex(@"^listening on 127\.0\.0\.1:([0-9]+)$")]
    private static partial Regex ListeningPattern();
}
