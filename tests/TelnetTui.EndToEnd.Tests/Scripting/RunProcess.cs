using System.Diagnostics;
using System.Text;
using TelnetTui.EndToEnd.Tests.Infrastructure;

namespace TelnetTui.EndToEnd.Tests.Scripting;

/// <summary><c>telnettui run ...</c> as a child process: its exit code, stdout and stderr; killed if it overstays.</summary>
internal static class RunProcess
{
    public static async Task<(int Code, string Out, string Err)> RunAsync(TimeSpan timeout, CancellationToken cancellationToken, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(AppBinary.Dll);
        foreach (var a in arguments)
            info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                    output.Append(e.Data).Append('\n');
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (error)
                    error.Append(e.Data).Append('\n');
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken).WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"telnettui run did not finish within {timeout}; stderr: {error}");
        }
        process.WaitForExit(); // flushes the redirected streams
        lock (output)
        lock (error)
            return (process.ExitCode, output.ToString(), error.ToString());
    }
}
