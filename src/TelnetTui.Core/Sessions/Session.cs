using System.Threading.Channels;
using TelnetTui.Core.Book;
using TelnetTui.Core.Capture;
using TelnetTui.Core.Display;
using TelnetTui.Core.Input;
using TelnetTui.Core.Lines;
using TelnetTui.Core.Mud;
using TelnetTui.Core.Negotiation;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Values;
using TelnetTui.Terminal;
using TelnetTui.Terminal.Model;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Core.Sessions;

/// <summary>
/// One telnet session: a connection (TCP or TLS, IPv4 or IPv6) through the telnet engine and the
/// host's text decoder into a <see cref="VirtualTerminal"/>, with line/character mode, prompts, line
/// events, GMCP/MSDP/MSSP data, the negotiation record, input history, capture and log, and
/// auto-reconnect.
/// <para>
/// Threading (DESIGN.md, "Threads"): the session belongs to one thread, the owner (the UI thread, or a
/// headless runner's). Every method and property is for that thread, and every event fires on it. The
/// work that waits (connecting, reading the socket, writing, timers) runs in the background and only
/// posts <see cref="SessionInput"/> messages into the owner's bounded channel; the owner hands each
/// back with <see cref="ProcessIncoming"/>. A full channel stops the socket reads (TCP backpressure).
/// </para>
/// </summary>
public sealed partial class Session : IAsyncDisposable
{
    /// <summary>Messages a channel made by <see cref="CreateInbox"/> holds: 64 reads of 16 KiB, at most 1 MiB waiting.</summary>
    public const int DefaultInboxCapacity = 64;

    /// <summary>How often logs and captures are flushed when nothing else flushes them.</summary>
    public static readonly TimeSpan HousekeepingInterval = CaptureWriter.FlushInterval;

    private readonly SessionOptions _options;
    private readonly ChannelWriter<SessionInput> _inbox;
    private readonly TimeProvider _clock;
    private readonly TerminalFeed _feed;
    private readonly LocalWriter _local;
    private readonly LineSplitter _lines = new();
    private readonly ReceiveSink _sink;
    private readonly SessionRecorder _recorder;
    private readonly List<Task> _closing = [];
    private readonly bool[] _optionSeen = new bool[256];
    private SessionConnection? _connection;
    private CancellationTokenSource? _connectCancel;
    private ITimer? _settleTimer;
    private ITimer? _reconnectTimer;
    private ITimer? _housekeepingTimer;
    private int _generation;
    private int _reconnectAttempt;
    private long _lastNegotiation;
    private bool _disposed;

    /// <param name="options">The host and how to reach it.</param>
    /// <param name="inbox">The owner's bounded channel (see <see cref="CreateInbox"/>); the session's background work posts here.</param>
    public Session(SessionOptions options, ChannelWriter<SessionInput> inbox)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(inbox);
        _options = options;
        _inbox = inbox;
        _clock = options.Clock;
        Host = options.Host with
        {
            Encoding = options.Encoding ?? options.Host.Encoding,
            ForceBinary = options.ForceBinary ?? options.Host.ForceBinary,
            TerminalType = options.TerminalType ?? options.Host.TerminalType,
        };
        var useTls = options.UseTls ?? options.Host.Tls;
        Endpoint = new SessionEndpoint(Host.Host, Host.Port, useTls, Host.TlsFingerprint, options.ConnectTimeout);
        PaneSize = new WindowSize(ClampColumns(options.Columns), ClampRows(options.Rows));
        var size = ScreenSizeFor(PaneSize);
        Terminal = new VirtualTerminal(TerminalOptionsMapper.Create(options.Settings, Host, size.Columns, size.Rows), OnTerminalReply);
        _feed = new TerminalFeed(Terminal);
        _local = new LocalWriter(_feed);
        _sink = new ReceiveSink(this);
        _recorder = new SessionRecorder(RaiseNotice);
        NegotiationLog = new NegotiationLog(options.NegotiationLogCapacity);
        History = options.History;
        ModeState = InputModeState.Compute(Host.Mode, false, false);
    }

    /// <summary>A bounded channel for one owner: single reader, writers wait when it is full.</summary>
    public static Channel<SessionInput> CreateInbox(int capacity = DefaultInboxCapacity) =>
        Channel.CreateBounded<SessionInput>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    // ---- What the status bar and panes read ----

    /// <summary>The host profile with the command line's overrides applied (encoding, force-binary, terminal type).</summary>
    public HostEntry Host { get; private set; }

    /// <summary>Where the session connects (TLS as asked or as the entry says).</summary>
    public SessionEndpoint Endpoint { get; }

    public SessionState State { get; private set; }

    /// <summary>Why the session closed (or why it waits to reconnect); null while it never closed.</summary>
    public CloseReason? CloseReason { get; private set; }

    /// <summary>The next automatic reconnect while <see cref="State"/> is <see cref="SessionState.WaitingToReconnect"/>.</summary>
    public ReconnectPlan? Reconnect { get; private set; }

    /// <summary>The screen (read it each frame; <see cref="Screen.Version"/> says when it changed).</summary>
    public VirtualTerminal Terminal { get; }

    public Screen Screen => Terminal.Screen;

    /// <summary>The telnet engine of the current connection, for reading option state; null when not connected. Send through the session.</summary>
    public TelnetEngine? Engine => _connection?.Engine;

    /// <summary>Line or character mode, and whether the input line is masked.</summary>
    public InputModeState ModeState { get; private set; }

    public InputMode Mode => ModeState.Mode;

    /// <summary>True while the server echoes in line mode (a password): the UI masks the input line.</summary>
    public bool InputMasked => ModeState.Masked;

    /// <summary>The last prompt (GA/EOR), shown beside the input line; null before the first.</summary>
    public SessionPrompt? CurrentPrompt { get; private set; }

    /// <summary>The text of the line the host is still sending (no LF, GA or EOR yet), escape sequences removed.</summary>
    public string PendingLineText => _lines.PendingText.ToString();

    /// <summary>Encoding of the host's text and of what the user types.</summary>
    public TerminalEncoding Encoding => _feed.Encoding;

    /// <summary>The terminal pane's size as last reported with <see cref="Resize"/>.</summary>
    public WindowSize PaneSize { get; private set; }

    /// <summary>The size reported by NAWS and used by the emulator: the pane's, or the entry's pinned size.</summary>
    public WindowSize NawsSize => Host.NawsSize is { } pin ? new WindowSize(pin.Columns, pin.Rows) : PaneSize;

    /// <summary>True when the host entry pins the NAWS size (the emulator stays at that size).</summary>
    public bool IsSizePinned => Host.NawsSize is not null;

    public bool IsSecure => _connection?.Transport.IsSecure ?? false;

    public string? CertificateFingerprint => _connection?.Transport.CertificateFingerprint;

    public string? RemoteAddress => _connection?.Transport.RemoteAddress;

    /// <summary>MCCP: received data is compressed.</summary>
    public bool IsCompressed => _connection?.Engine.IsReceiveCompressed ?? false;

    /// <summary>Bytes received from the host and processed, over all connections (before MCCP inflating).</summary>
    public long BytesReceived { get; private set; }

    /// <summary>When the current connection was made.</summary>
    public DateTimeOffset? ConnectedAt { get; private set; }

    /// <summary>Every negotiation record both ways (the last <see cref="NegotiationLog.Capacity"/>).</summary>
    public NegotiationLog NegotiationLog { get; }

    /// <summary>Latest GMCP/MSDP/MSSP values, by name and as a tree.</summary>
    public MudDataStore MudData { get; } = new();

    /// <summary>The host's input history; null when the session keeps none.</summary>
    public InputHistory? History { get; }

    public bool IsCapturing => _recorder.IsCapturing;

    public string? CapturePath => _recorder.Capture?.Path;

    public bool IsLogging => _recorder.IsLogging;

    public string? LogPath => _recorder.Log?.Path;

    // ---- Events (owner thread) ----

    public event Action<SessionStateChange>? StateChanged;

    /// <summary>Line/character mode or masking changed.</summary>
    public event Action<InputModeState>? ModeChanged;

    /// <summary>A prompt arrived (once, however many reads it took).</summary>
    public event Action<SessionPrompt>? PromptReceived;

    /// <summary>A complete line arrived (LF), escape sequences removed in <see cref="SessionLine.Text"/>.</summary>
    public event Action<SessionLine>? LineReceived;

    /// <summary>A GMCP, MSDP or MSSP message arrived (also stored in <see cref="MudData"/>).</summary>
    public event Action<MudMessage>? MudMessageReceived;

    /// <summary>A negotiation record (also kept in <see cref="NegotiationLog"/>).</summary>
    public event Action<NegotiationRecord>? NegotiationRecorded;

    /// <summary>An option turned on or off on either side.</summary>
    public event Action<OptionChange>? OptionChanged;

    /// <summary>The host's encoding changed (CHARSET agreed one, or <see cref="SetEncoding"/>).</summary>
    public event Action<TerminalEncoding>? EncodingChanged;

    /// <summary>Something the user should know that is not a state change (the book could not be updated, a capture stopped).</summary>
    public event Action<string>? Notice;
}
