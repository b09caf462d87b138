using System.Diagnostics;
using TelnetTui.Testing;

namespace TelnetTui.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A program running in a real terminal: a detached tmux session on its own server socket
/// (<c>tmux -L NAME</c>), driven with send-keys / resize-window and read with capture-pane.
/// Waiting is always polling with a deadline, never a blind sleep. Disposing kills the server.
/// </summary>
public sealed class TmuxSession : IDisposable
{
    private static int _counter;
    private readonly string _tmux;
    private readonly string _dir;

    public string Socket { get; }
    public int Columns { get; private set; }
    public int Rows { get; private set; }

    private TmuxSession(string tmux, string socket, int columns, int rows, string dir)
    {
        _tmux = tmux;
        _dir = dir;
        Socket = socket;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>Starts <paramref name="command"/> (run by /bin/sh) in a detached session of the given size.</summary>
    public static TmuxSession Start(string command, int columns = 120, int rows = 40, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var tmux = RequiredTool.Require("tmux", "tmux");
        var socket = $"tt{Environment.ProcessId}x{Interlocked.Increment(ref _counter)}";
        var dir = Directory.CreateTempSubdirectory("telnettui-tmux-").FullName;
        // remain-on-exit comes from the config so it holds before the program starts (no race with a fast exit).
        var config = Path.Combine(dir, "tmux.conf");
        // An empty remain-on-exit-format keeps tmux from scrolling the last screen to print "Pane is dead".
        File.WriteAllText(config, """
            set -g remain-on-exit on
            set -g remain-on-exit-format ""
            set -g status off
            set -g default-terminal "tmux-256color"
            set -g history-limit 10000

            """);
        var session = new TmuxSession(tmux, socket, columns, rows, dir);
        var args = new List<string> { "-f", config, "new-session", "-d", "-s", "main", "-x", columns.ToString(), "-y", rows.ToString() };
        if (workingDirectory is not null)
            args.AddRange(["-c", workingDirectory]);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            args.AddRange(["-e", $"{key}={value}"]);
        // The wrapper records the exit status in a file: tmux's pane_dead_status is not reliable in 3.3.
        args.Add($"{command}; printf %s \"$?\" > {AppBinary.Quote(session.StatusFile)}");
        session.Tmux(args);
        return session;
    }

    /// <summary>Sends keys as tmux key names ("Enter", "C-c", "F1") or, with literal, as text.</summary>
    public void SendKeys(string keys, bool literal = false)
    {
        var args = new List<string> { "send-keys", "-t", "main" };
        if (literal)
            args.Add("-l");
        args.Add(keys);
        Tmux(args);
    }

    /// <summary>Types text literally, then optionally presses Enter.</summary>
    public void Type(string text, bool enter = false)
    {
        SendKeys(text, literal: true);
        if (enter)
            SendKeys("Enter");
    }

    public void Resize(int columns, int rows)
    {
        Tmux(["resize-window", "-t", "main", "-x", columns.ToString(), "-y", rows.ToString()]);
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The visible screen as plain text, one line per row (trailing blanks trimmed by tmux).</summary>
    public string Capture(bool escapes = false)
    {
        var args = new List<string> { "capture-pane", "-p", "-t", "main" };
        if (escapes)
            args.Add("-e");
        return Tmux(args);
    }

    public string[] CaptureLines() => Capture().Split('\n');

    private string StatusFile => Path.Combine(_dir, "exit-status");

    /// <summary>The exit status of the program once it has exited, else null.</summary>
    public int? ExitStatus()
    {
        try
        {
            var text = File.ReadAllText(StatusFile);
            return int.TryParse(text, out var status) ? status : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The process id of the shell running the program in the pane.</summary>
    public int PanePid() => int.Parse(Tmux(["display-message", "-p", "-t", "main", "#{pane_pid}"]).Trim());

    /// <summary>Polls the screen until <paramref name="predicate"/> holds; fails with the last screen on timeout.</summary>
    public string WaitFor(Func<string, bool> predicate, TimeSpan timeout, string what)
    {
        var sw = Stopwatch.StartNew();
        string screen;
        do
        {
            screen = Capture();
            if (predicate(screen))
                return screen;
            Thread.Sleep(20);
        }
        while (sw.Elapsed < timeout);
        throw new TimeoutException($"waited {timeout.TotalSeconds:0.#}s for {what}; last screen:\n{screen}");
    }

    public string WaitForText(string text, TimeSpan? timeout = null) =>
        WaitFor(s => s.Contains(text, StringComparison.Ordinal), timeout ?? TimeSpan.FromSeconds(15), $"'{text}'");

    /// <summary>Waits until the program in the pane has exited; returns its exit status.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < timeout)
        {
            if (ExitStatus() is { } status)
                return status;
            Thread.Sleep(20);
        }
        throw new TimeoutException($"the program did not exit within {timeout.TotalSeconds:0.#}s; last screen:\n{Capture()}");
    }

    private string Tmux(IEnumerable<string> args)
    {
        var all = new List<string> { "-L", Socket };
        all.AddRange(args);
        var (code, stdout, stderr) = RequiredTool.Run(_tmux, all, TimeSpan.FromSeconds(10));
        if (code != 0)
            throw new InvalidOperationException($"tmux {string.Join(' ', all)} failed ({code}): {stderr}");
        return stdout;
    }

    public void Dispose()
    {
        try
        {
            RequiredTool.Run(_tmux, ["-L", Socket, "kill-server"], TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // the server may already be gone
        }
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
