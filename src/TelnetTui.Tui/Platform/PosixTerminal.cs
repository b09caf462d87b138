using System.Runtime.InteropServices;
using TelnetTui.Tui.App;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Platform.Native;
using TelnetTui.Tui.Rendering;

namespace TelnetTui.Tui.Platform;

/// <summary>
/// The controlling terminal on Linux and macOS: raw mode through termios, the modes of
/// <see cref="TerminalModes"/>, input read from fd 0 on its own thread (<see cref="TtyInputReader"/>),
/// size from TIOCGWINSZ and SIGWINCH, suspend on Ctrl+Z or SIGTSTP and re-entry on SIGCONT. The terminal is
/// restored on Dispose, on process exit, on an unhandled exception and on SIGTERM, SIGHUP, SIGINT and SIGQUIT.
/// System.Console is never touched: its own terminal handling would fight this one.
/// </summary>
public sealed unsafe class PosixTerminal : ITerminal
{
    private readonly TerminalOptions _options;
    private readonly byte[] _original = new byte[Libc.TermiosSize];
    private readonly byte[] _raw = new byte[Libc.TermiosSize];
    private readonly byte[] _enter;
    private readonly byte[] _leave;
    private readonly Lock _lock = new();
    private readonly List<PosixSignalRegistration> _signals = [];
    private Action<Message>? _post;
    private TtyInputReader? _input;
    private bool _active;
    private bool _suspended;
    private bool _disposed;
    private volatile int _columns;
    private volatile int _rows;

    private PosixTerminal(TerminalOptions options, ColorDepth depth)
    {
        _options = options;
        ColorDepth = depth;
        _enter = TerminalModes.Enter(options);
        _leave = TerminalModes.Leave(options);
    }

    /// <summary>
    /// Opens the terminal on fd 0/1. Throws <see cref="TerminalUnavailableException"/> (the caller exits with
    /// status 2) when either is not a terminal; nothing has been changed at that point.
    /// </summary>
    public static PosixTerminal Open(TerminalOptions? options = null, Func<string, string?>? environment = null)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
            throw new TerminalUnavailableException("the full-screen UI needs a POSIX terminal (Linux or macOS)");
        if (Libc.IsATty(Libc.StdinFileno) != 1)
            throw new TerminalUnavailableException("standard input is not a terminal; the full-screen UI needs one (run it in a terminal, not with input from a pipe or file)");
        if (Libc.IsATty(Libc.StdoutFileno) != 1)
            throw new TerminalUnavailableException("standard output is not a terminal; the full-screen UI needs one (do not redirect or pipe its output)");
        options ??= new TerminalOptions();
        var depth = ColorDepthDetector.Detect(environment ?? Environment.GetEnvironmentVariable, options.ColorDepth);
        var terminal = new PosixTerminal(options, depth);
        fixed (byte* original = terminal._original)
        fixed (byte* raw = terminal._raw)
        {
            if (Libc.TcGetAttr(Libc.StdinFileno, original) != 0)
                throw new TerminalUnavailableException($"cannot read the terminal's settings (errno {Marshal.GetLastPInvokeError()})");
            terminal._original.AsSpan().CopyTo(terminal._raw);
            Libc.CfMakeRaw(raw);
        }
        terminal.UpdateSize();
        return terminal;
    }

    public int Columns => _columns;
    public int Rows => _rows;
    public ColorDepth ColorDepth { get; }

    public void Start(Action<Message> post)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (OperatingSystem.IsWindows())
            throw new PlatformNotSupportedException("POSIX terminal on Windows");
        _post = post;
        AppDomain.CurrentDomain.UnhandledException += OnUnhandledException;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        _signals.Add(PosixSignalRegistration.Create(PosixSignal.SIGWINCH, OnWindowChange));
        _signals.Add(PosixSignalRegistration.Create(PosixSignal.SIGCONT, OnContinue));
        _signals.Add(PosixSignalRegistration.Create(PosixSignal.SIGTSTP, OnTerminalStop));
        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGINT, PosixSignal.SIGQUIT })
            _signals.Add(PosixSignalRegistration.Create(signal, OnTerminate));
        Enter();
        _input = new TtyInputReader(_options.Input, post);
        _input.Start();
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        lock (_lock)
        {
            if (_active)
                WriteAll(bytes); // never after Restore: the shell's screen is not ours to draw on
        }
    }

    public void Suspend()
    {
        lock (_lock)
        {
            RestoreLocked();
            _suspended = true;
        }
        // SIGSTOP, not SIGTSTP: the runtime's SIGTSTP handler would swallow the stop.
        Libc.Kill(Libc.GetPid(), Libc.SigStop);
        Resume(); // reached after SIGCONT (the SIGCONT handler may have resumed already: Resume is idempotent)
    }

    public void Restore()
    {
        lock (_lock)
            RestoreLocked();
    }

    private void Enter()
    {
        lock (_lock)
        {
            fixed (byte* raw = _raw)
                Libc.TcSetAttr(Libc.StdinFileno, Libc.TcsaDrain, raw);
            WriteAll(_enter);
            _active = true;
        }
    }

    private void RestoreLocked()
    {
        if (!_active)
            return;
        _active = false;
        WriteAll(_leave);
        fixed (byte* original = _original)
            Libc.TcSetAttr(Libc.StdinFileno, Libc.TcsaDrain, original);
    }

    private void Resume()
    {
        lock (_lock)
        {
            if (!_suspended || _disposed)
                return;
            _suspended = false;
        }
        Enter();
        var (columns, rows) = (_columns, _rows);
        UpdateSize();
        _post?.Invoke(new ResumedEvent());
        if (columns != _columns || rows != _rows)
            _post?.Invoke(new ResizeEvent(_columns, _rows));
    }

    private void UpdateSize()
    {
        if (Libc.TryGetWindowSize(Libc.StdoutFileno, out var columns, out var rows) || Libc.TryGetWindowSize(Libc.StdinFileno, out columns, out rows))
        {
            _columns = columns;
            _rows = rows;
        }
        else if (_columns == 0)
        {
            _columns = 80; // a terminal that cannot say: assume the classic size
            _rows = 24;
        }
    }

    private void OnWindowChange(PosixSignalContext context)
    {
        context.Cancel = true;
        UpdateSize();
        _post?.Invoke(new ResizeEvent(_columns, _rows));
    }

    private void OnContinue(PosixSignalContext context)
    {
        context.Cancel = true;
        Resume();
    }

    private void OnTerminalStop(PosixSignalContext context)
    {
        // SIGTSTP from outside (kill -TSTP, or a job-control stop): give the terminal back, then stop for real.
        context.Cancel = true;
        lock (_lock)
        {
            RestoreLocked();
            _suspended = true;
        }
        Libc.Kill(Libc.GetPid(), Libc.SigStop);
    }

    private void OnTerminate(PosixSignalContext context)
    {
        Restore(); // then the default action: the process ends
    }

    private void OnUnhandledException(object? sender, UnhandledExceptionEventArgs e) => Restore();

    private void OnProcessExit(object? sender, EventArgs e) => Restore();

    private static void WriteAll(ReadOnlySpan<byte> bytes)
    {
        fixed (byte* start = bytes)
        {
            var offset = 0;
            while (offset < bytes.Length)
            {
                var written = Libc.Write(Libc.StdoutFileno, start + offset, bytes.Length - offset);
                if (written > 0)
                {
                    offset += (int)written;
                    continue;
                }
                var errno = Marshal.GetLastPInvokeError();
                if (written < 0 && Libc.IsRetryable(errno))
                {
                    if (errno != Libc.EINTR)
                        Thread.Sleep(1); // output is non-blocking somewhere: let the terminal drain
                    continue;
                }
                return; // the terminal is gone (EIO after a hangup): nothing more to draw
            }
        }
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _input?.Dispose();
        Restore();
        lock (_lock)
            _disposed = true;
        foreach (var registration in _signals)
            registration.Dispose();
        _signals.Clear();
        AppDomain.CurrentDomain.UnhandledException -= OnUnhandledException;
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
    }
}
