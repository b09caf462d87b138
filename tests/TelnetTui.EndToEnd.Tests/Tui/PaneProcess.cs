using TelnetTui.EndToEnd.Tests.Infrastructure;
using TelnetTui.Testing;

namespace TelnetTui.EndToEnd.Tests.Tui;

/// <summary>What the tests need to know about a tmux pane beyond its text: the alternate screen, the app's process.</summary>
public static class PaneProcess
{
    /// <summary>tmux's own record of whether the pane shows the alternate screen (format #{alternate_on}).</summary>
    public static bool AlternateScreenOn(TmuxSession tmux)
    {
        var program = RequiredTool.Require("tmux", "tmux");
        var (code, stdout, stderr) = RequiredTool.Run(program, ["-L", tmux.Socket, "display-message", "-p", "-t", "main", "#{alternate_on}"], TimeSpan.FromSeconds(10));
        Assert.True(code == 0, stderr);
        return stdout.Trim() == "1";
    }

    /// <summary>The process id of the running telnettui (a child of the pane's shell), waiting for it to start.</summary>
    public static int AppPid(TmuxSession tmux, TimeSpan timeout)
    {
        var shell = tmux.PanePid();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var dir in Directory.GetDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), out var pid))
                    continue;
                try
                {
                    var argv = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
                    if (!IsTelnetTui(argv) || ParentOf(pid) != shell)
                        continue;
                    return pid;
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
            Thread.Sleep(50);
        }
        throw new TimeoutException("telnettui did not start in the pane");
    }

    // A child the shell has forked but not yet exec'd still carries the shell's argv (the whole
    // command line, telnettui.dll included), so the program itself must be dotnet running the dll.
    private static bool IsTelnetTui(string[] argv) =>
        argv.Length >= 2
        && Path.GetFileName(argv[0]) == "dotnet"
        && argv.Skip(1).Any(a => a.EndsWith("telnettui.dll", StringComparison.Ordinal));

    private static int ParentOf(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[1]);
    }

    /// <summary>User plus system CPU time of a process, in clock ticks (/proc/PID/stat fields 14 and 15).</summary>
    public static long CpuTicks(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11]) + long.Parse(fields[12]);
    }

    /// <summary>Bytes the process has written (/proc/PID/io wchar): stays put while the UI is idle.</summary>
    public static long BytesWritten(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/io"))
        {
            if (line.StartsWith("wchar:", StringComparison.Ordinal))
                return long.Parse(line[6..].Trim());
        }
        throw new InvalidOperationException("no wchar in /proc/PID/io");
    }

    public static void Signal(int pid, string signal)
    {
        var (code, _, stderr) = RequiredTool.Run("/bin/kill", ["-" + signal, pid.ToString()], TimeSpan.FromSeconds(10));
        Assert.True(code == 0, stderr);
    }
}
