using System.Buffers;
using TelnetTui.Telnet.Decoding;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Options;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Telnet.Engine;

/// <summary>Receives a run of data bytes; the span is valid only during the call.</summary>
public delegate void TelnetDataHandler(ReadOnlySpan<byte> data);

/// <summary>
/// One telnet connection's protocol state, with no I/O: feed it received bytes with
/// <see cref="Receive"/>, get data and events back through its events, and take the bytes it wants
/// sent from <see cref="PendingOutput"/>. Combines the decoder, RFC 1143 negotiation for every option,
/// one handler class per option, and the encoder. Time comes from an injectable <see cref="TimeProvider"/>.
/// Not thread-safe: the owner serialises all calls (events fire on the calling thread).
/// </summary>
public sealed partial class TelnetEngine
{
    private readonly TimeProvider _clock;
    private readonly TelnetDecoder _decoder;
    private readonly ArrayBufferWriter<byte> _output = new(4096);
    private readonly OptionSideState[] _local = new OptionSideState[256];
    private readonly OptionSideState[] _remote = new OptionSideState[256];
    private readonly TelnetOptionHandler?[] _handlers = new TelnetOptionHandler?[256];
    private readonly long[] _reacknowledgedLocal = new long[256];
    private readonly long[] _reacknowledgedRemote = new long[256];
    private OutputCompressor? _compressor;
    private long _dataGeneration = 1;
    private bool _started;

    public TelnetEngine(TelnetSettings? settings = null, TimeProvider? clock = null)
    {
        Settings = settings ?? new TelnetSettings();
        _clock = clock ?? TimeProvider.System;
        _decoder = new TelnetDecoder(new DecoderSink(this), Settings.MaxSubnegotiationLength, Settings.MccpInflateOutputCap)
        {
            BinaryMode = Settings.ForceBinary,
        };
        WindowSize = new WindowSize(Settings.InitialColumns, Settings.InitialRows);
        Charset = Settings.InitialCharset;
        foreach (var handler in OptionHandlers.CreateAll(this))
            _handlers[handler.Code] = handler;
    }

    public TelnetSettings Settings { get; }

    /// <summary>Data bytes received (IAC undoubled, CR NUL reduced to CR outside BINARY).</summary>
    public event TelnetDataHandler? DataReceived;

    /// <summary>IAC GA or IAC EOR arrived: the text since the last line end is a prompt.</summary>
    public event Action<PromptMark>? PromptReceived;

    /// <summary>Any other IAC command (NOP, AYT, IP, BRK, DM, EL, EC, AO, unknown bytes...).</summary>
    public event Action<byte>? CommandReceived;

    /// <summary>Every negotiation event both ways, for the inspector.</summary>
    public event Action<NegotiationRecord>? Recorded;

    /// <summary>An option turned on or off on either side (ECHO, SGA, BINARY, EOR... drive line/character mode).</summary>
    public event Action<OptionChange>? OptionChanged;

    /// <summary>CHARSET (RFC 2066) agreed a character set; the normalised name is given.</summary>
    public event Action<string>? CharsetAgreed;

    /// <summary>A GMCP, MSDP or MSSP message arrived, parsed into a <see cref="MudValue"/> tree.</summary>
    public event Action<MudMessage>? MudMessageReceived;

    /// <summary>Server role: the client reported its window size (NAWS).</summary>
    public event Action<WindowSize>? WindowSizeReceived;

    /// <summary>Server role: the client sent one TTYPE IS value.</summary>
    public event Action<string>? TerminalTypeReceived;

    /// <summary>Server role: the client sent NEW-ENVIRON IS or INFO variables.</summary>
    public event Action<IReadOnlyDictionary<string, string>>? EnvironmentReceived;

    /// <summary>The answer to our DO TIMING-MARK: true for WILL, false for WONT (RFC 860).</summary>
    public event Action<bool>? TimingMarkReceived;

    /// <summary>Bytes waiting to be sent (already escaped, and compressed when MCCP3/MCCP2-out is on).</summary>
    public ReadOnlySpan<byte> PendingOutput => _output.WrittenSpan;

    public bool HasPendingOutput => _output.WrittenCount > 0;

    /// <summary>Forgets the pending output once the transport has taken it.</summary>
    public void ClearOutput() => _output.ResetWrittenCount();

    /// <summary>
    /// Moves the pending output into a pooled buffer and clears it: what a transport that writes later
    /// should use (no fresh array per send). Dispose the lease after the write.
    /// </summary>
    public OutputLease LeaseOutput()
    {
        var lease = new OutputLease(_output.WrittenSpan);
        _output.ResetWrittenCount();
        return lease;
    }

    /// <summary>Copies the pending output into a new array and clears it (tests and one-off callers; see <see cref="LeaseOutput"/>).</summary>
    public byte[] TakeOutput()
    {
        var bytes = _output.WrittenSpan.ToArray();
        _output.ResetWrittenCount();
        return bytes;
    }

    /// <summary>The state of one side of an option.</summary>
    public OptionSideState GetState(TelnetSide side, byte option) => (side == TelnetSide.Local ? _local : _remote)[option];

    /// <summary>Both sides of an option.</summary>
    public OptionState GetState(byte option) => new(_local[option], _remote[option]);

    /// <summary>True when the option is in effect (YES) on that side.</summary>
    public bool IsEnabled(TelnetSide side, byte option) => GetState(side, option).IsEnabled;

    /// <summary>Received data is not translated (remote BINARY, or force-binary).</summary>
    public bool ReceiveBinary => _decoder.BinaryMode;

    /// <summary>Sent data is not translated (local BINARY, or force-binary).</summary>
    public bool SendBinary => Settings.ForceBinary || IsEnabled(TelnetSide.Local, TelnetOption.Binary);

    /// <summary>The character set in use: the initial one, or the last one CHARSET agreed.</summary>
    public string Charset { get; private set; }

    /// <summary>Client: the size we report with NAWS. Server: the size the client last reported.</summary>
    public WindowSize WindowSize { get; internal set; }

    /// <summary>Server role: the terminal types the client has reported so far, in order.</summary>
    public IReadOnlyList<string> ReceivedTerminalTypes => Handler<TerminalTypeOption>(TelnetOption.TerminalType).ReceivedTypes;

    /// <summary>Received bytes are being inflated (MCCP2 on a client, MCCP3 on a server).</summary>
    public bool IsReceiveCompressed => _decoder.IsInflating;

    /// <summary>What we send is being compressed (MCCP3 on a client, MCCP2 on a server).</summary>
    public bool IsSendCompressed => _compressor is not null;

    /// <summary>Compressed bytes received so far, and what they inflated to (for the status bar).</summary>
    public (long Compressed, long Inflated) ReceiveCompressionTotals => (_decoder.CompressedBytesIn, _decoder.InflatedBytesOut);

    /// <summary>Feeds received bytes (any chunking). Events fire during the call; replies collect in <see cref="PendingOutput"/>.</summary>
    public void Receive(ReadOnlySpan<byte> bytes)
    {
        _decoder.Feed(bytes);
        Commit();
    }

    /// <summary>Sends the opening requests: every option the policy marks <see cref="OptionPolicy.Offer"/>. Once per connection.</summary>
    public void Start()
    {
        if (_started)
            return;
        _started = true;
        foreach (var (option, side, policy) in Settings.Policy.Entries())
        {
            if (policy == OptionPolicy.Offer && Agrees(side, option))
                RequestEnable(side, option);
        }
        Commit();
    }

    /// <summary>Asks for an option to be turned on (from the UI or a script). False with a reason when the request is a no-op.</summary>
    public bool RequestEnable(TelnetSide side, byte option) => RequestEnable(side, option, out _);

    /// <inheritdoc cref="RequestEnable(TelnetSide, byte)"/>
    public bool RequestEnable(TelnetSide side, byte option, out string? error)
    {
        var result = QMethod.RequestEnable(GetState(side, option));
        Apply(side, option, result);
        Commit();
        error = result.Error;
        return error is null;
    }

    /// <summary>Asks for an option to be turned off. False with a reason when the request is a no-op.</summary>
    public bool RequestDisable(TelnetSide side, byte option) => RequestDisable(side, option, out _);

    /// <inheritdoc cref="RequestDisable(TelnetSide, byte)"/>
    public bool RequestDisable(TelnetSide side, byte option, out string? error)
    {
        var result = QMethod.RequestDisable(GetState(side, option));
        Apply(side, option, result);
        Commit();
        error = result.Error;
        return error is null;
    }

    /// <summary>Whether we would agree to the option on that side: policy, then the option's own veto.</summary>
    internal bool Agrees(TelnetSide side, byte option)
    {
        if (Settings.Policy.Get(option, side) == OptionPolicy.Refuse)
            return false;
        return _handlers[option]?.Agrees(side) ?? true;
    }

    internal T Handler<T>(byte option) where T : TelnetOptionHandler => (T)_handlers[option]!;

    internal TelnetDecoder Decoder => _decoder;

    /// <summary>Sets the state and runs the reply and side effects of one Q-method step.</summary>
    private void Apply(TelnetSide side, byte option, QResult result)
    {
        SetState(side, option, result.State);
        ReplyAndApply(side, option, result);
    }

    /// <summary>
    /// The reply and side effects of a Q-method step whose state is already set: a disable takes effect
    /// before the reply (MCCP ends its stream first), an enable after it (MCCP3's marker follows DO).
    /// </summary>
    private void ReplyAndApply(TelnetSide side, byte option, QResult result)
    {
        if (result.Change == QChange.Disabled)
            ChangeApplied(side, option, enabled: false);
        if (result.Reply != QReply.None)
            SendNegotiation(ReplyVerb(side, result.Reply), option);
        if (result.Change == QChange.Enabled)
            ChangeApplied(side, option, enabled: true);
    }

    private void ChangeApplied(TelnetSide side, byte option, bool enabled)
    {
        var handler = _handlers[option];
        if (enabled)
            handler?.Enabled(side);
        else
            handler?.Disabled(side);
        OptionChanged?.Invoke(new OptionChange(option, side, enabled));
    }

    private void SetState(TelnetSide side, byte option, OptionSideState state)
        => (side == TelnetSide.Local ? _local : _remote)[option] = state;

    private static byte ReplyVerb(TelnetSide side, QReply reply) => (side, reply) switch
    {
        (TelnetSide.Local, QReply.Positive) => TelnetCommand.Will,
        (TelnetSide.Local, _) => TelnetCommand.Wont,
        (TelnetSide.Remote, QReply.Positive) => TelnetCommand.Do,
        _ => TelnetCommand.Dont,
    };

    internal void Record(TelnetDirection direction, RecordKind kind, byte? option, string meaning, ReadOnlySpan<byte> raw)
    {
        if (Recorded is null)
            return;
        OptionState? state = option is { } o && kind != RecordKind.Command ? GetState(o) : null;
        Recorded(new NegotiationRecord(_clock.GetUtcNow(), direction, kind, option, meaning, raw.ToArray(), state));
    }

    internal void RecordNotice(string meaning, byte? option = null)
        => Record(TelnetDirection.Received, RecordKind.Notice, option, meaning, default);

    internal void RaiseCharsetAgreed(string name)
    {
        Charset = name;
        CharsetAgreed?.Invoke(name);
    }

    internal void RaiseMudMessage(MudMessage message) => MudMessageReceived?.Invoke(message);

    internal void RaiseWindowSize(WindowSize size)
    {
        WindowSize = size;
        WindowSizeReceived?.Invoke(size);
    }

    internal void RaiseTerminalType(string value) => TerminalTypeReceived?.Invoke(value);

    internal void RaiseEnvironment(IReadOnlyDictionary<string, string> variables) => EnvironmentReceived?.Invoke(variables);

    internal void RaiseTimingMark(bool will) => TimingMarkReceived?.Invoke(will);
}
