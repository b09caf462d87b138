using System.Buffers;
using System.Text;
using TelnetTui.Demo.Input;
using TelnetTui.Demo.MudData;
using TelnetTui.Telnet.Connection;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Demo.Sessions;

/// <summary>
/// One client of the demo server, as the areas see it: input as lines or keys (decoded here from the
/// inbox's bytes, in the mode the current area wants), events (NAWS, TTYPE, GMCP...), and output with a
/// stall timeout. Protocol chores that do not depend on the area are done here as events pass: MSSP when
/// the client agrees to it, MSDP commands, GMCP Core.Ping, and switching text encoding after CHARSET.
/// Used only from the session's own task.
/// </summary>
internal sealed class DemoSession
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>How long <see cref="SetEchoAsync"/> waits for the client to answer.</summary>
    public static readonly TimeSpan OptionSettleTimeout = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan OptionSettlePoll = TimeSpan.FromMilliseconds(5);

    private readonly TelnetChannel _channel;
    private readonly KeyDecoder _keys = new();
    private readonly LineAssembler _lines;
    private readonly Queue<SessionInput> _pending = new();
    private readonly ArrayBufferWriter<byte> _echo = new();
    private InputMode _mode = InputMode.Lines;
    private int _pendingKeysAndLines;
    private long _lastInput;

    public DemoSession(int id, TelnetChannel channel, SessionInbox inbox, DemoContext context, CancellationToken stopping)
    {
        Id = id;
        _channel = channel;
        Inbox = inbox;
        Context = context;
        Stopping = stopping;
        _lines = new LineAssembler(context.Options.MaxLineLength);
        Msdp = new MsdpServer(this);
        _lastInput = context.Clock.GetTimestamp();
    }

    public int Id { get; }

    public DemoContext Context { get; }

    public SessionInbox Inbox { get; }

    public ClientInfo Client => Inbox.Client;

    public MsdpServer Msdp { get; }

    /// <summary>Cancelled when the server stops.</summary>
    public CancellationToken Stopping { get; }

    /// <summary>How text is sent and lines are read: UTF-8 until CHARSET agrees another.</summary>
    public Encoding TextEncoding { get; private set; } = Utf8;

    /// <summary>Lines or keys; switching forgets a partial line or sequence and any unread input of the other kind.</summary>
    public InputMode Mode
    {
        get => _mode;
        set
        {
            if (_mode == value)
                return;
            _mode = value;
            _lines.Reset();
            _keys.Reset();
            var kept = _pending.Where(p => p.Kind == SessionInputKind.Event).ToList();
            _pending.Clear();
            _pendingKeysAndLines = 0;
            foreach (var p in kept)
                _pending.Enqueue(p);
        }
    }

    /// <summary>In line mode, send typed characters back (the server has WILL ECHO and is not asking for a password).</summary>
    public bool EchoTyped { get; set; }

    public string RemoteAddress => _channel.Connection.Transport.RemoteEndPoint?.ToString() ?? "?";

    /// <summary>Reads engine state (option states, window size, terminal types).</summary>
    public T Query<T>(Func<TelnetEngine, T> query) => _channel.Query(query);

    public bool IsEnabled(TelnetSide side, byte option) => Query(e => e.IsEnabled(side, option));

    /// <summary>
    /// The next line or key (per <see cref="Mode"/>) or other event, or <see cref="SessionInput.TimedOut"/>
    /// after <paramref name="timeout"/>. Throws <see cref="DemoDisconnectException"/> when the client went
    /// past a limit or was idle too long.
    /// </summary>
    public async Task<SessionInput> NextAsync(TimeSpan timeout)
    {
        var clock = Context.Clock;
        var start = clock.GetTimestamp();
        while (true)
        {
            if (_pending.TryDequeue(out var ready))
            {
                if (ready.Kind != SessionInputKind.Event)
                    _pendingKeysAndLines--;
                return ready;
            }
            var idleLeft = Context.Options.IdleTimeout - clock.GetElapsedTime(_lastInput);
            if (idleLeft <= TimeSpan.Zero)
                throw new DemoDisconnectException($"no input for {Context.Options.IdleTimeout.TotalMinutes:0.#} minutes");
            var left = timeout == Timeout.InfiniteTimeSpan ? idleLeft : timeout - clock.GetElapsedTime(start);
            if (left <= TimeSpan.Zero)
                return SessionInput.TimedOut;
            var e = await Inbox.ReadAsync(left < idleLeft ? left : idleLeft, Stopping).ConfigureAwait(false);
            if (e is null)
                continue;
            await HandleAsync(e).ConfigureAwait(false);
        }
    }

    /// <summary>Waits for the next line, skipping keys and events, with a timeout (null when it passes).</summary>
    public async Task<AssembledLine?> ReadLineAsync(TimeSpan timeout)
    {
        var clock = Context.Clock;
        var start = clock.GetTimestamp();
        while (true)
        {
            var left = timeout - clock.GetElapsedTime(start);
            if (left <= TimeSpan.Zero)
                return null;
            var input = await NextAsync(left).ConfigureAwait(false);
            if (input.Kind == SessionInputKind.Line)
                return input.Line;
            if (input.Kind == SessionInputKind.Timeout)
                return null;
        }
    }

    /// <summary>Runs engine calls (options, GMCP...) and waits until what they produced is written.</summary>
    public async Task SendAsync(Action<TelnetEngine> action)
    {
        Task written;
        try
        {
            written = _channel.SendAsync(action);
        }
        catch (TelnetClosedException)
        {
            throw new OperationCanceledException("the client closed the connection");
        }
        await WaitWrittenAsync(written).ConfigureAwait(false);
    }

    /// <summary>Starts a send without waiting for it (the flood keeps a few in flight); see <see cref="WaitWrittenAsync"/>.</summary>
    public Task StartSend(Action<TelnetEngine> action) => _channel.SendAsync(action);

    /// <summary>Waits for a send with the stall timeout; a client that takes nothing for that long is dropped.</summary>
    public async Task WaitWrittenAsync(Task written)
    {
        try
        {
            await written.WaitAsync(Context.Options.WriteStallTimeout, Stopping).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new DemoDisconnectException("the client stopped reading", canSay: false);
        }
        catch (TelnetClosedException)
        {
            throw new OperationCanceledException("the client closed the connection");
        }
    }

    /// <summary>Sends text in the session's encoding.</summary>
    public Task WriteAsync(string text) => SendAsync(e => e.SendText(text, TextEncoding));

    /// <summary>Sends bytes as they are (BBS art in CP437).</summary>
    public Task WriteBytesAsync(ReadOnlyMemory<byte> bytes) => SendAsync(e => e.SendData(bytes.Span));

    /// <summary>Sends a prompt: the text, then IAC EOR when EOR is agreed, else IAC GA (RFC 885, RFC 854).</summary>
    public Task PromptAsync(string text) => SendAsync(e =>
    {
        e.SendText(text, TextEncoding);
        e.SendPromptMark();
    });

    /// <summary>Asks for an option on our side or the client's; false when the request was a no-op (RFC 1143).</summary>
    public async Task<bool> RequestAsync(TelnetSide side, byte option, bool enable)
    {
        var sent = false;
        await SendAsync(e => sent = enable ? e.RequestEnable(side, option) : e.RequestDisable(side, option)).ConfigureAwait(false);
        return sent;
    }

    /// <summary>
    /// Turns our ECHO on or off and waits (at most <see cref="OptionSettleTimeout"/>) for the client's answer,
    /// so text sent next is shown in the mode asked for. RFC 1143 queues a request made while the previous
    /// one is unanswered; without the wait a prompt could reach the client before its WILL ECHO.
    /// </summary>
    public async Task SetEchoAsync(bool on)
    {
        await RequestAsync(TelnetSide.Local, TelnetOption.Echo, on).ConfigureAwait(false);
        var clock = Context.Clock;
        var start = clock.GetTimestamp();
        while (Query(e => e.GetState(TelnetSide.Local, TelnetOption.Echo).IsPending) && clock.GetElapsedTime(start) < OptionSettleTimeout)
            await Task.Delay(OptionSettlePoll, Stopping).ConfigureAwait(false);
    }

    /// <summary>Asks for the client's terminal types again from the start of its cycle (DONT then DO TTYPE, see <see cref="TelnetEngine.RestartTerminalTypeCycle"/>).</summary>
    public Task RestartTerminalTypesAsync() => SendAsync(e => e.RestartTerminalTypeCycle());

    /// <summary>Sends a GMCP message when GMCP is on and the client takes the package.</summary>
    public Task SendGmcpAsync(string message, MudValue? data)
    {
        if (!IsEnabled(TelnetSide.Local, TelnetOption.Gmcp) || !Client.WantsGmcp(message))
            return Task.CompletedTask;
        return SendAsync(e =>
        {
            if (e.IsEnabled(TelnetSide.Local, TelnetOption.Gmcp))
                e.SendGmcp(message, data);
        });
    }

    private async Task HandleAsync(DemoEvent e)
    {
        switch (e)
        {
            case InputReceived input:
                _lastInput = Context.Clock.GetTimestamp();
                await DecodeAsync(input.Bytes).ConfigureAwait(false);
                return;
            case InputOverflowed overflow:
                throw new DemoDisconnectException(overflow.Reason);
            case OptionToggled { Change: { Option: TelnetOption.Mssp, Side: TelnetSide.Local, Enabled: true } }:
                await SendAsync(engine => engine.SendMssp(MsspInfo.Variables(Context))).ConfigureAwait(false);
                break;
            case MudMessageArrived { Message.Protocol: MudProtocol.Msdp } msdp:
                await Msdp.HandleAsync(msdp.Message).ConfigureAwait(false);
                break;
            case MudMessageArrived { Message: { Protocol: MudProtocol.Gmcp, Name: var name } } when name.Equals("Core.Ping", StringComparison.OrdinalIgnoreCase):
                // GMCP: a Core.Ping is answered with a Core.Ping.
                await SendGmcpAsync("Core.Ping", null).ConfigureAwait(false);
                break;
            case CommandArrived { Command: TelnetCommand.Ayt }:
                // RFC 854: answer "Are You There" with something visible.
                await WriteAsync("\r\n[yes: the TelnetTui demo server is here]\r\n").ConfigureAwait(false);
                break;
            case CharsetChosen charset when TextEncodings.TryGet(charset.Name) is { } encoding:
                TextEncoding = encoding;
                _lines.Encoding = encoding;
                break;
        }
        Enqueue(SessionInput.Of(e));
    }

    private async Task DecodeAsync(byte[] bytes)
    {
        if (_mode == InputMode.Keys)
        {
            _keys.Feed(bytes, key => Enqueue(SessionInput.Of(key)));
            return;
        }
        _echo.ResetWrittenCount();
        _lines.Feed(bytes, line => Enqueue(SessionInput.Of(line)), EchoTyped ? _echo : null);
        if (_echo.WrittenCount > 0)
        {
            var echo = _echo.WrittenSpan.ToArray();
            await SendAsync(engine => engine.SendData(echo)).ConfigureAwait(false);
        }
    }

    private void Enqueue(SessionInput input)
    {
        // Type-ahead is bounded: past the cap, further keys and lines are dropped (events are kept; the inbox bounds them).
        if (input.Kind != SessionInputKind.Event)
        {
            if (_pendingKeysAndLines >= DemoLimits.MaxPendingInputs)
                return;
            _pendingKeysAndLines++;
        }
        _pending.Enqueue(input);
    }
}
