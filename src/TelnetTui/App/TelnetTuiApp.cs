using TelnetTui.Cli;
using TelnetTui.Core.Book;
using TelnetTui.Core.Sessions;
using TelnetTui.Dialogs;
using TelnetTui.Panes;
using TelnetTui.Panes.Book;
using TelnetTui.Panes.Inspector;
using TelnetTui.Panes.Scripts;
using TelnetTui.Panes.Terminal;
using TelnetTui.Tui.App;
using TelnetTui.Tui.Platform;
using TelnetTui.Tui.Rendering;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.App;

/// <summary>
/// The program's UI: the toolkit's loop with the four panes, the status line, the client keys and the
/// command menu, around one session at a time. Everything here runs on the UI thread; sessions post
/// their network work through <see cref="SessionHost"/>.
/// </summary>
public sealed partial class TelnetTuiApp : IAsyncDisposable
{
    public const string BookPane = "book";
    public const string InspectorPane = "inspector";
    public const string ScriptsPane = "scripts";

    /// <summary>
    /// Messages waiting for the UI thread: network reads of up to 16 KiB each, so at most 2 MiB of a flood
    /// waits in memory; past that the socket reader waits and TCP slows the host down.
    /// </summary>
    public const int MessageQueueCapacity = 128;

    private readonly AppConfig _config;
    private readonly LaunchRequest _launch;
    private readonly ITerminal _terminal;
    private readonly SessionHost _host;
    private readonly SessionFactory _factory;
    private readonly TimeProvider _clock;
    private Session? _launchSession;
    private bool _modeChanged;
    private bool _launchWentOnline;
    private TimerRegistration? _ticker;

    public TelnetTuiApp(ITerminal terminal, AppConfig config, LaunchRequest? launch = null, ISessionConnector? connector = null,
        TimeProvider? clock = null, IClipboard? clipboard = null, ApplicationOptions? options = null)
    {
        _terminal = terminal;
        _config = config;
        _launch = launch ?? new LaunchRequest();
        _clock = clock ?? TimeProvider.System;
        _factory = new SessionFactory(config, connector ?? TcpSessionConnector.Default, _clock);
        Application = new Application(terminal, options ?? new ApplicationOptions { MessageQueueCapacity = MessageQueueCapacity }, _clock);
        _host = new SessionHost(new UiChannelWriter(Application));
        var theme = config.Theme;
        var trueColor = terminal.ColorDepth == ColorDepth.TrueColor;
        if (trueColor)
            theme.ApplyPaletteToStyles();
        State = new AppState(theme, clipboard ?? new Osc52Clipboard(bytes => terminal.Write(bytes)));
        Application.Theme = theme.Ui;

        Terminal = new TerminalPane(State);
        Terminal.Screen.UseTrueColorPalette = trueColor;
        Terminal.FocusRequested += w => Application.Focus.SetFocus(w);
        Book = new BookPane(State, config.Book);
        Inspector = new InspectorPane(State);
        Events = new EventStreamPane(State);
        Scripts = new ScriptPane(State, () => CurrentScripts, Events);
        Terminal.LineSender = SendTyped;
        var side = new SideColumn()
            .Add(BookPane, new Panel("Connection book", Book))
            .Add(InspectorPane, new Panel("Negotiation inspector", Inspector))
            .Add(ScriptsPane, new Panel("Script", Scripts));
        Status = new StatusLine(State, Application.Keys, _clock);
        Root = new RootView(Terminal, side, Status);
        foreach (var key in new[] { BookPane, InspectorPane, ScriptsPane })
        {
            if (config.Settings.Ui.Panes.TryGetValue(key, out var pane))
                side.SetOpen(key, pane.Open);
        }
        UpdateSplit();
        Application.Root = Root;

        RegisterCommands();
        foreach (var problem in ClientKeys.Apply(Application.Keys, config.Settings.Ui.KeyBindings))
            Events.Notice(problem);
        WirePanes();
        Application.MessageReceived += OnMessage;
        Application.HangingUp += () => _host.Current?.FlushRecordings();
        Application.BeforeRender += () =>
        {
            FollowModeChange(); // a mode changed outside a session message (a command)
            Side.Panel(InspectorPane).RightTitle = Inspector.Status;
        };
        foreach (var note in config.Notes)
            Events.Add("note", note);
        foreach (var warning in config.Warnings)
            Events.Notice(warning);
        if (config.Warnings.Count > 0)
            State.ShowMessage($"{config.Warnings.Count} problem(s) in the settings or the book: see the Script pane (Alt+S)");
    }

    public Application Application { get; }
    public AppState State { get; }
    public RootView Root { get; }
    public TerminalPane Terminal { get; }
    public BookPane Book { get; }
    public InspectorPane Inspector { get; }
    public EventStreamPane Events { get; }
    public ScriptPane Scripts { get; }
    public StatusLine Status { get; }
    public SideColumn Side => Root.Side;
    public Session? Session => State.Session;

    /// <summary>The exit status after <see cref="Run"/>: 1 when the session the command line asked for never connected.</summary>
    public int ExitCode =>
        _launchSession is { } s && ReferenceEquals(s, Session) && !_launchWentOnline && s.CloseReason?.IsConnectFailure == true ? ExitCodes.Failure : ExitCodes.Success;

    /// <summary>Starts what the command line asked for (no loop yet: tests drive the loop themselves).</summary>
    public void Start()
    {
        _ticker = Application.AddTimer(TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500), Tick);
        if (_launch.Demo is { } demo)
        {
            var entry = new HostEntry { Id = "demo", Name = "TelnetTui demo", Host = demo.Address.ToString(), Port = demo.Port, Tags = ["demo"] };
            _launchSession = Connect(entry, _launch.Overrides);
        }
        else if (_launch.Target is { } target)
            _launchSession = Connect(target.Host, _launch.Overrides, target.UseTls);
        else
            FocusPane(Side.IsOpen(BookPane) ? BookPane : null);
    }

    /// <summary>Runs the UI until the user quits; returns the exit status.</summary>
    public int Run()
    {
        Start();
        Application.Run();
        return ExitCode;
    }

    // ---- sessions ----

    /// <summary>Connects to <paramref name="host"/> in a new session, replacing the one shown.</summary>
    public Session Connect(HostEntry host, SessionOverrides? overrides = null, bool? useTls = null)
    {
        var session = _factory.Create(host, useTls, overrides, Terminal.CurrentScreenSize, SgrText.From(State.Theme.LocalEcho), _host.Inbox);
        Hook(session);
        StartScripts(session, host);
        _host.Replace(session);
        State.Session = session;
        if (overrides?.CaptureFile is { } capture)
            StartCapture(capture);
        if ((overrides?.LogFile ?? _launch.Overrides.LogFile) is { } log)
            StartLog(log);
        Terminal.ReportSize();
        session.Connect();
        Events.Add("connect", $"{host.DisplayName} ({BookRow.Address(host)})");
        FocusTerminal();
        return session;
    }

    /// <summary>Connects to what the user typed, resolved against the book (a quick connect).</summary>
    public void ConnectTo(ResolvedHost target) => Connect(target.Host, useTls: target.UseTls);

    private void Hook(Session session)
    {
        session.StateChanged += change =>
        {
            Events.State(change);
            if (ReferenceEquals(session, _launchSession) && change.Current == SessionState.Online)
                _launchWentOnline = true;
            if (change.Current == SessionState.Online && _config.Book.Find(session.Host.Id) is not null)
            {
                State.NoteOutcome(session.Host.Id, null);
                Book.Reload();
            }
            if (change.Current is SessionState.Closed or SessionState.WaitingToReconnect && session.CloseReason is { IsConnectFailure: true } failure)
                State.NoteOutcome(session.Host.Id, failure); // the book shows it beside the host
        };
        // A host can flip ECHO/SGA thousands of times in one read (issue 8's negotiation storm): lay the
        // pane out once after the message that changed the mode, not once per flip (each is a full render).
        session.ModeChanged += _ => _modeChanged = true;
        session.PromptReceived += Events.Prompt;
        session.MudMessageReceived += Events.Mud;
        session.NegotiationRecorded += Inspector.Add;
        session.Notice += text =>
        {
            Events.Notice(text);
            State.ShowMessage(text);
        };
    }

    private bool OnMessage(Tui.App.Message message)
    {
        if (message is not SessionMessage m)
            return false;
        SessionHost.Handle(m);
        FollowModeChange(); // before the next key is handled
        if (_sessionScripts is { } scripts && ReferenceEquals(scripts.Session, m.Input.Session))
            scripts.AfterMessages();
        return true;
    }

    /// <summary>After the input mode changed: the terminal pane shows or hides its input line and keeps the focus it had.</summary>
    private void FollowModeChange()
    {
        if (!_modeChanged)
            return;
        _modeChanged = false;
        if (Root.Terminal.HasFocusWithin || Application.Focus.Focused is null)
            FocusTerminal();
    }

    private bool Tick() => Status.HasMessage || Session?.State is SessionState.Connecting or SessionState.WaitingToReconnect;

    // ---- panes and focus ----

    private void WirePanes()
    {
        Book.ConnectRequested += host => Connect(host);
        Book.QuickConnectRequested += ConnectTo;
        Book.AddRequested += () => AddHost();
        Book.EditRequested += host => EditHost(host);
        Book.DeleteRequested += DeleteHost;
        Inspector.FilterRequested += () => InspectorDialogs.Filter(Application, Inspector.Table.Filter, f => Inspector.Table.Filter = f);
        Inspector.DetailsRequested += r => InspectorDialogs.Details(Application, r);
        Inspector.OptionChangeRequested += row =>
        {
            if (Session is { } s)
                InspectorDialogs.RequestChange(Application, s, row, State.ShowMessage);
        };
    }

    public void FocusTerminal()
    {
        Terminal.Relayout();
        Application.Focus.SetFocus(Terminal.TypingTarget);
    }

    /// <summary>Focuses a side pane (null: the terminal).</summary>
    public void FocusPane(string? key)
    {
        if (key is null || !Side.IsOpen(key))
        {
            FocusTerminal();
            return;
        }
        Widget target = key switch
        {
            BookPane => Book.List,
            InspectorPane => Inspector.Tabs.ActivePage switch
            {
                OptionStatesView options => options.List,
                MudDataView data => data.Tree,
                { } page => page,
                null => Inspector,
            },
            _ => Scripts.FocusTarget,
        };
        Application.Focus.SetFocus(target);
    }

    public void TogglePane(string key)
    {
        var open = !Side.IsOpen(key);
        Side.SetOpen(key, open);
        UpdateSplit();
        if (open)
            FocusPane(key);
        else if (Application.Focus.Focused is null || Side.Panel(key).Contains(Application.Focus.Focused))
            FocusTerminal();
    }

    /// <summary>The side column takes the largest share among the open panes ([ui.panes] size).</summary>
    private void UpdateSplit()
    {
        var percent = Side.OpenKeys.Select(k => _config.Settings.Ui.Panes.TryGetValue(k, out var p) ? p.SizePercent : 30).DefaultIfEmpty(30).Max();
        Root.Split.Ratio = 1 - percent / 100.0;
    }

    public void FocusNextPane()
    {
        var order = new List<string?> { null };
        order.AddRange(Side.OpenKeys);
        var focused = Application.Focus.Focused;
        var current = order.FindIndex(k => k is null ? Terminal.Contains(focused) : Side.Panel(k).Contains(focused));
        FocusPane(order[(current + 1) % order.Count]);
    }

    public async ValueTask DisposeAsync()
    {
        _ticker?.Dispose();
        _sessionScripts?.Dispose();
        _offlineScripts?.Dispose();
        await _host.DisposeAsync().ConfigureAwait(false);
        Application.Dispose();
    }
}
