using System.Diagnostics;

namespace TelnetTui.Chaos.Tests.Infrastructure;

/// <summary>
/// A real process (the chaos driver or telnettui, run with dotnet from beside the tests) whose stdout
/// lines are collected as they come. <see cref="KillHard"/> is SIGKILL: no handler, no flush, no
/// finally block runs. Disposing kills it if it is still running.
/// </summary>
internal sealed class DriverProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly List<string> _errors = [];

    private DriverProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (_lines)
                    _lines.Add(line);
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (_errors)
                    _errors.Add(line);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The chaos driver (tools/TelnetTui.ChaosDriver) with <paramref name="args"/>.</summary>
    public static DriverProcess Driver(params string[] args) => Start("telnettui-chaos-driver.dll", args);

    /// <summary>The telnettui program with <paramref name="args"/>.</summary>
    public static DriverProcess App(params string[] args) => Start("telnettui.dll", args);

    private static DriverProcess Start(string dll, string[] args)
    {
        var path = Path.Combine(AppContext.BaseDirectory, dll);
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(path);
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        return new DriverProcess(Process.Start(psi) ?? throw new InvalidOperationException($"could not start {dll}"));
    }

    public int Id => _process.Id;

    public string[] Lines
    {
        get
        {
            lock (_lines)
                return [.. _lines];
        }
    }

    public string ErrorText
    {
        get
        {
            lock (_errors)
                return string.Join('\n', _errors);
        }
    }

    /// <summary>Waits for a stdout line matching <paramref name="predicate"/>; returns it, or fails with what was printed.</summary>
    public string WaitForLine(Func<string, bool> predicate, TimeSpan timeout, string what)
    {
        var limit = Stopwatch.StartNew();
        while (limit.Elapsed < timeout)
        {
            var found = Lines.FirstOrDefault(predicate);
            if (found is not null)
                return found;
            if (_process.HasExited && Lines.FirstOrDefault(predicate) is null)
                break;
            Thread.Sleep(5);
        }
        throw new TimeoutException($"no line with {what} within {timeout.TotalSeconds:0.#} s; stdout:\n{string.Join('\n', Lines.TakeLast(20))}\nstderr:\n{ErrorText}");
    }

    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
            throw new TimeoutException($"the process did not exit within {timeout.TotalSeconds:0.#} s; stderr:\n{ErrorText}");
        _process.WaitForExit(); // drains the output readers
        return _process.ExitCode;
    }

    /// <summary>SIGKILL, and waits until the process is gone.</summary>
    public void KillHard()
    {
        if (_process.HasExited)
            throw new InvalidOperationException($"the process had already exited ({_process.ExitCode}); stderr:\n{ErrorText}");
        _process.Kill(); // SIGKILL on Linux
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}
