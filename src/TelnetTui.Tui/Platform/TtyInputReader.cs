using System.Runtime.InteropServices;
using TelnetTui.Tui.App;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Platform.Native;

namespace TelnetTui.Tui.Platform;

/// <summary>
/// Reads fd 0 on a thread of its own, decodes the bytes and posts the events. It blocks in poll(2) — with
/// no timeout when nothing is pending, so an idle UI costs no CPU, and with the decoder's remaining ESC
/// timeout when a lone ESC waits. A self-pipe wakes it for shutdown.
/// </summary>
internal sealed unsafe class TtyInputReader : IDisposable
{
    /// <summary>Bytes read per read(2): one burst of typing, a mouse drag, or a slice of a big paste.</summary>
    private const int ReadSize = 4096;

    private readonly InputDecoder _decoder;
    private readonly Action<Message> _post;
    private readonly Thread _thread;
    private readonly int _wakeRead;
    private readonly int _wakeWrite;
    private volatile bool _stopping;

    public TtyInputReader(InputDecoderOptions options, Action<Message> post)
    {
        _decoder = new InputDecoder(options);
        _post = post;
        var fds = stackalloc int[2];
        if (Libc.Pipe(fds) != 0)
            throw new IOException($"pipe failed (errno {Marshal.GetLastPInvokeError()})");
        _wakeRead = fds[0];
        _wakeWrite = fds[1];
        _thread = new Thread(Run) { IsBackground = true, Name = "tty input" };
    }

    public void Start() => _thread.Start();

    private void Run()
    {
        var buffer = new byte[ReadSize];
        var events = new List<InputEvent>();
        var fds = stackalloc Libc.PollFd[2];
        while (!_stopping)
        {
            fds[0] = new Libc.PollFd { Fd = Libc.StdinFileno, Events = Libc.PollIn };
            fds[1] = new Libc.PollFd { Fd = _wakeRead, Events = Libc.PollIn };
            var timeout = _decoder.PendingTimeout is { } left ? (int)Math.Ceiling(left.TotalMilliseconds) : -1;
            var ready = Libc.Poll(fds, 2, timeout);
            if (_stopping)
                break;
            if (ready < 0)
            {
                if (Libc.IsRetryable(Marshal.GetLastPInvokeError()))
                    continue;
                break;
            }
            if (ready == 0)
                _decoder.Flush(events);
            else if ((fds[0].Revents & Libc.PollIn) != 0)
            {
                nint n;
                fixed (byte* p = buffer)
                    n = Libc.Read(Libc.StdinFileno, p, buffer.Length);
                if (n > 0)
                    _decoder.Decode(buffer.AsSpan(0, (int)n), events);
                else if (n == 0 || !Libc.IsRetryable(Marshal.GetLastPInvokeError()))
                {
                    Hangup(events);
                    break;
                }
            }
            else if ((fds[0].Revents & (Libc.PollHup | Libc.PollErr | Libc.PollNval)) != 0)
            {
                Hangup(events);
                break;
            }
            foreach (var e in events)
                _post(e);
            events.Clear();
        }
    }

    private void Hangup(List<InputEvent> events)
    {
        _decoder.FlushAll(events);
        foreach (var e in events)
            _post(e);
        events.Clear();
        _post(new HangupEvent());
    }

    public void Dispose()
    {
        if (_stopping)
            return;
        _stopping = true;
        byte wake = 1;
        Libc.Write(_wakeWrite, &wake, 1);
        if (_thread.IsAlive && Thread.CurrentThread != _thread)
            _thread.Join(TimeSpan.FromSeconds(1));
        Libc.Close(_wakeRead);
        Libc.Close(_wakeWrite);
    }
}
