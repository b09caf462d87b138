using System.Diagnostics;

namespace TelnetTui.Testing;

/// <summary>
/// External programs a test needs (tmux, tinymux, telnetd...). The README test command installs them;
/// when one is missing the test fails under CI=true and reports that it did not run elsewhere.
/// </summary>
public static class RequiredTool
{
    /// <summary>Full path of <paramref name="program"/> found on PATH or at an absolute path, else skip/fail.</summary>
    public static string Require(string program, string debianPackage)
    {
        var found = Find(program);
        if (found is not null)
            return found;
        var message = $"'{program}' was not found (Debian package {debianPackage}; the README test command installs it); this test did not run.";
        if (SharedData.IsCi)
            Assert.Fail(message + " Under CI=true that is a failure.");
        Assert.Skip(message);
        return null!;
    }

    public static string? Find(string program)
    {
        if (Path.IsPathRooted(program))
            return File.Exists(program) ? program : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(':', StringSplitOptions.RemoveEmptyEntries).Concat(["/usr/sbin", "/sbin", "/usr/lib/telnetlogin"]))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }

    /// <summary>Runs a program to completion with a deadline; returns exit code and output.</summary>
    public static (int ExitCode, string StdOut, string StdErr) Run(string file, IEnumerable<string> args, TimeSpan timeout, string? stdin = null)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {file}");
        if (stdin is not null)
        {
            p.StandardInput.Write(stdin);
            p.StandardInput.Close();
        }
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within {timeout}");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
