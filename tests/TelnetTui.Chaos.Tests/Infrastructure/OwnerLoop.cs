using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using TelnetTui.Core.Sessions;
using TelnetTui.Terminal.Model;

namespace TelnetTui.Chaos.Tests.Infrastructure;

/// <summary>
/// The owner thread of a session, built like the app's UI loop (TelnetTui.Tui's Application, DESIGN.md
/// "Threads"): one bounded channel for network messages, a separate input queue that always goes first
/// (keys), a time and byte budget per turn, and a frame that copies the screen at most 60 times a second.
/// A probe posted to the input queue stands for a key: its latency is how long a key would wait to be seen.
/// Every exception that reaches the loop is kept (in the app it would crash the program).
/// </summary>
internal sealed class OwnerLoop : IDisposable
{
    /// <summary>Longest a turn spends on network messages before input and a frame (the app's DrainTimeBudget).</summary>
    public static readonly TimeSpan TurnBudget = TimeSpan.FromMilliseconds(12);

    /// <summary>Most received bytes handled per turn (the app's DrainByteBudget).</summary>
    public const int TurnByteBudget = 1 << 20;

    private static readonly TimeSpan FrameInterval = TimeSpan.FromMilliseconds(16);

    private readonly Channel<SessionInput> _messages = Session.CreateInbox();
    private readonly ConcurrentQueue<Action> _input = new();
    private readonly AutoResetEvent _wake = new(false);
    private readonly Thread _thread;
    private readonly List<Exception> _errors = [];
    private readonly List<double> _probeLatencies = [];
    private volatile bool _stop;
    private Func<Screen?>? _screen;
    private long _lastVersion = -1;
    private long _lastFrame;
    private Cell[] _frameRow = [];

    public OwnerLoop()
    {
        Inbox = new WakingWriter(_messages.Writer, _wake);
        _thread = new Thread(Run) { IsBackground = true, Name = "chaos owner loop" };
        _thread.Start();
    }

    /// <summary>Where sessions post (bounded: a full channel stops their socket reads).</summary>
    public ChannelWriter<SessionInput> Inbox { get; }

    /// <summary>Longest single <see cref="SessionInput.Process"/> call so far, in wall-clock milliseconds.</summary>
    public double MaxMessageMilliseconds { get; private set; }

    /// <summary>Most owner-thread CPU time one <see cref="SessionInput.Process"/> call took, in milliseconds.</summary>
    public double MaxMessageCpuMilliseconds { get; private set; }

    public long MessagesProcessed { get; private set; }

    public long FramesDrawn { get; private set; }

    public IReadOnlyList<Exception> Errors
    {
        get
        {
            lock (_errors)
                return [.. _errors];
        }
    }

    /// <summary>Latencies of the probes handled so far, in milliseconds.</summary>
    public double[] ProbeLatencies
    {
        get
        {
            lock (_probeLatencies)
                return [.. _probeLatencies];
        }
    }

    /// <summary>The screen the frame copies (what a UI would draw).</summary>
    public void DrawScreen(Func<Screen?> screen) => _screen = screen;

    /// <summary>Runs <paramref name="action"/> on the owner thread, ahead of network messages, like a key.</summary>
    public Task<T> InvokeAsync<T>(Func<T> action)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _input.Enqueue(() =>
        {
            try
            {
                done.TrySetResult(action());
            }
            catch (Exception e)
            {
                done.TrySetException(e);
            }
        });
        _wake.Set();
        return done.Task;
    }

    public Task InvokeAsync(Action action) => InvokeAsync(() =>
    {
        action();
        return true;
    });

    /// <summary>Posts a probe (a stand-in for a key press); its latency is recorded when the loop handles it.</summary>
    public void PostProbe()
    {
        var posted = Stopwatch.GetTimestamp();
        _input.Enqueue(() =>
        {
            var latency = Stopwatch.GetElapsedTime(posted).TotalMilliseconds;
            lock (_probeLatencies)
                _probeLatencies.Add(latency);
        });
        _wake.Set();
    }

    public void Dispose()
    {
        _stop = true;
        _wake.Set();
        _thread.Join(TimeSpan.FromSeconds(10));
        while (_messages.Reader.TryRead(out var message))
            message.Discard();
        _wake.Dispose();
    }

    private void Run()
    {
        while (!_stop)
        {
            var handled = DrainInput();
            var start = Stopwatch.GetTimestamp();
            long bytes = 0;
            while (Stopwatch.GetElapsedTime(start) < TurnBudget && bytes < TurnByteBudget && _messages.Reader.TryRead(out var message))
            {
                var t0 = Stopwatch.GetTimestamp();
                var cpu0 = ThreadCpuClock.NowMilliseconds();
                Guard(message.Process);
                var cpu = ThreadCpuClock.NowMilliseconds() - cpu0;
                var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                if (ms > MaxMessageMilliseconds)
                    MaxMessageMilliseconds = ms;
                if (cpu > MaxMessageCpuMilliseconds)
                    MaxMessageCpuMilliseconds = cpu;
                MessagesProcessed++;
                bytes += message.ByteCount;
                handled = true;
                DrainInput();
            }
            if (Stopwatch.GetElapsedTime(_lastFrame) >= FrameInterval)
                Guard(DrawFrame);
            if (!handled && _messages.Reader.Count == 0 && _input.IsEmpty)
                _wake.WaitOne(FrameInterval);
        }
    }

    private bool DrainInput()
    {
        var any = false;
        while (_input.TryDequeue(out var action))
        {
            Guard(action);
            any = true;
        }
        return any;
    }

    /// <summary>What a UI frame costs at least: copy every visible row of a changed screen.</summary>
    private void DrawFrame()
    {
        _lastFrame = Stopwatch.GetTimestamp();
        if (_screen?.Invoke() is not { } screen || screen.Version == _lastVersion)
            return;
        _lastVersion = screen.Version;
        if (_frameRow.Length < screen.Columns)
            _frameRow = new Cell[screen.Columns];
        for (var row = 0; row < screen.Rows; row++)
            screen.ReadLine(row, _frameRow);
        FramesDrawn++;
    }

    private void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            lock (_errors)
                _errors.Add(e);
        }
    }

    /// <summary>Writes to the loop's channel and wakes the loop.</summary>
    private sealed class WakingWriter(ChannelWriter<SessionInput> target, AutoResetEvent wake) : ChannelWriter<SessionInput>
    {
        public override bool TryWrite(SessionInput item)
        {
            if (!target.TryWrite(item))
                return false;
            Wake();
            return true;
        }

        public override ValueTask<bool> WaitToWriteAsync(CancellationToken cancellationToken = default) => target.WaitToWriteAsync(cancellationToken);

        public override async ValueTask WriteAsync(SessionInput item, CancellationToken cancellationToken = default)
        {
            await target.WriteAsync(item, cancellationToken).ConfigureAwait(false);
            Wake();
        }

        private void Wake()
        {
            try
            {
                wake.Set();
            }
            catch (ObjectDisposedException)
            {
                // The loop is gone; the message will be discarded.
            }
        }
    }
}
