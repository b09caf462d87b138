using System.Diagnostics;
using System.Text.RegularExpressions;

namespace TelnetTui.EndToEnd.Tests.App;

/// <summary>The demo server (`telnettui serve --port 0`) from the Release build, for the load tests; killed on dispose.</summary>
public sealed partial class ReleaseServer : IDisposable
{
    private readonly Process _process;

    private ReleaseServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Starts <c>serve --port 0</c> with <paramref name="options"/> after it (for instance <c>--chaos KIND</c>).</summary>
    public static ReleaseServer Start(params string[] options)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { ReleaseBuild.Dll, "serve", "--port", "0" }.Concat(options))
            info.ArgumentList.Add(a);
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var line = process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult() ?? "";
        var m = Listening().Match(line);
        if (!m.Success)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"serve said '{line}'");
        }
        return new ReleaseServer(process, int.Parse(m.Groups[1].Value));
    }

    [GeneratedRegex(@"^listening on 127\.0\.0\.1:(\d+)$")]
    private static partial Regex Listening();

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}
