using System.Threading.Channels;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Demo.Sessions;

/// <summary>
/// The queue between one connection's read loop and its session. Subscribes to the engine's events
/// before negotiation starts (so no NAWS or TTYPE report is missed), copies them into a queue, and
/// enforces the input limits: a rate (token bucket over data bytes and negotiations), a cap on queued
/// events and on queued input bytes. Past any limit the client gets one <see cref="InputOverflowed"/>
/// and nothing more is queued. Engine events fire under the connection's lock, so handlers only copy.
/// </summary>
internal sealed class SessionInbox
{
    private readonly Channel<DemoEvent> _queue = Channel.CreateUnbounded<DemoEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TokenBucket _rate;
    private int _queuedEvents;
    private long _queuedBytes;
    private int _overflowed;
    private int _abort;
    private volatile bool _collectRecords;

    public SessionInbox(TelnetEngine engine, DemoServerOptions options)
    {
        _rate = new TokenBucket(options.InputBurstBytes, options.InputBytesPerSecond, options.Clock);
        engine.DataReceived += OnData;
        engine.WindowSizeReceived += size => Post(new WindowSizeReported(size));
        engine.TerminalTypeReceived += name => Post(new TerminalTypeReported(name));
        engine.EnvironmentReceived += Client.ObserveEnvironment;
        engine.MudMessageReceived += OnMudMessage;
        engine.OptionChanged += change => Post(new OptionToggled(change));
        engine.CharsetAgreed += name => Post(new CharsetChosen(name));
        engine.TimingMarkReceived += will => Post(new TimingMarkAnswered(will));
        engine.CommandReceived += OnCommand;
        engine.Recorded += OnRecord;
    }

    /// <summary>What the client said about itself (GMCP hello, NEW-ENVIRON).</summary>
    public ClientInfo Client { get; } = new();

    /// <summary>Queue negotiations both ways as <see cref="NegotiationSeen"/> (the lab shows them).</summary>
    public bool CollectRecords
    {
        get => _collectRecords;
        set => _collectRecords = value;
    }

    /// <summary>The client sent IAC AO, IP or BRK: stop the output in progress (RFC 854).</summary>
    public bool AbortRequested => Volatile.Read(ref _abort) != 0;

    public void ClearAbort() => Volatile.Write(ref _abort, 0);

    public bool IsOverflowed => Volatile.Read(ref _overflowed) != 0;

    /// <summary>Queues a notice from another session; dropped when this one is too far behind.</summary>
    public void PostNotice(NoticePosted notice)
    {
        if (Volatile.Read(ref _queuedEvents) < DemoLimits.MaxQueuedNotices)
            Post(notice);
    }

    /// <summary>The connection ended: a waiting read ends with <see cref="OperationCanceledException"/>.</summary>
    public void Close() => _queue.Writer.TryComplete();

    /// <summary>
    /// The next event, or null when <paramref name="timeout"/> passes first. Throws
    /// <see cref="OperationCanceledException"/> once the connection has ended and the queue is empty.
    /// </summary>
    public async ValueTask<DemoEvent?> ReadAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (TryRead(out var ready))
            return ready;
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout != Timeout.InfiniteTimeSpan)
            timer.CancelAfter(timeout);
        while (true)
        {
            bool more;
            try
            {
                more = await _queue.Reader.WaitToReadAsync(timer.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return null;
            }
            if (!more)
                throw new OperationCanceledException("the connection has ended");
            if (TryRead(out var next))
                return next;
        }
    }

    private bool TryRead(out DemoEvent? next)
    {
        if (!_queue.Reader.TryRead(out next))
            return false;
        Interlocked.Decrement(ref _queuedEvents);
        if (next is InputReceived input)
            Interlocked.Add(ref _queuedBytes, -input.Bytes.Length);
        return true;
    }

    private void OnData(ReadOnlySpan<byte> data)
    {
        if (IsOverflowed)
            return;
        if (!_rate.TryTake(data.Length))
        {
            Overflow("too much input (more than the demo server's input rate allows)");
            return;
        }
        if (Interlocked.Add(ref _queuedBytes, data.Length) > DemoLimits.MaxQueuedInputBytes)
        {
            Overflow("too much input queued while the server was busy");
            return;
        }
        Post(new InputReceived(data.ToArray()));
    }

    private void OnMudMessage(MudMessage message)
    {
        if (message.Protocol == MudProtocol.Gmcp)
            Client.ObserveGmcp(message);
        Post(new MudMessageArrived(message));
    }

    private void OnCommand(byte command)
    {
        if (command is TelnetCommand.Ao or TelnetCommand.Ip or TelnetCommand.Brk)
            Volatile.Write(ref _abort, 1);
        if (command is not TelnetCommand.Nop)
            Post(new CommandArrived(command));
    }

    private void OnRecord(NegotiationRecord record)
    {
        if (record.Kind == RecordKind.Notice || IsOverflowed)
            return;
        if (record.Direction == TelnetDirection.Sent)
        {
            // What the server sends is bounded by the server; shown in the lab only.
            if (_collectRecords && record.Kind != RecordKind.Command)
                Post(new NegotiationSeen(record));
            return;
        }
        if (!_rate.TryTake(Math.Max(DemoLimits.NegotiationCost, record.Raw.Length)))
        {
            Overflow("too many telnet commands");
            return;
        }
        if (_collectRecords)
            Post(new NegotiationSeen(record));
    }

    private void Post(DemoEvent e)
    {
        if (IsOverflowed)
            return;
        if (Interlocked.Increment(ref _queuedEvents) > DemoLimits.MaxQueuedEvents)
        {
            Overflow("too many events queued while the server was busy");
            return;
        }
        _queue.Writer.TryWrite(e);
    }

    private void Overflow(string reason)
    {
        if (Interlocked.Exchange(ref _overflowed, 1) != 0)
            return;
        Volatile.Write(ref _abort, 1);
        Interlocked.Increment(ref _queuedEvents);
        _queue.Writer.TryWrite(new InputOverflowed(reason));
    }
}
