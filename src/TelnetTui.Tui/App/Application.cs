using System.Threading.Channels;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Platform;
using TelnetTui.Tui.Rendering;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Tui.App;

/// <summary>
/// The application loop (DESIGN.md, "Threads"). One UI thread — the one that calls <see cref="Run"/> — owns
/// every widget. The input thread, the network and timers post messages into bounded queues; each turn
/// handles all waiting input first, then other messages until a time or byte budget is spent, then draws a
/// frame if anything changed, at most <see cref="ApplicationOptions.MaxFramesPerSecond"/> times a second.
/// With nothing to do it blocks: no CPU, no output.
/// </summary>
public sealed class Application : IOverlayHost, IDisposable
{
    private readonly ITerminal _terminal;
    private readonly ApplicationOptions _options;
    private readonly TimeProvider _clock;
    private readonly Channel<Message> _input;
    private readonly Channel<Message> _messages;
    // Posted on the UI thread itself (it must not wait on its own queues): input goes first as always;
    // other messages wait for the budgeted part of the turn, so a handler that posts itself again (a
    // session working through a zlib bomb in slices) cannot keep the turn from ending and drawing.
    private readonly Queue<Message> _localInput = new();
    private readonly Queue<Message> _localMessages = new();
    private readonly ManualResetEventSlim _wake = new(false, spinCount: 1);
    private readonly FrameEncoder _encoder = new();
    private readonly ByteBuilder _output = new(64 * 1024);
    private readonly List<Overlay> _overlays = [];
    private readonly Dictionary<Overlay, Widget?> _focusBeforeOverlay = [];
    private readonly long _frameInterval;
    private Buffer _current = new(0, 0);
    private Buffer _previous = new(0, 0);
    private Widget? _root;
    private Widget? _mouseCapture;
    private bool _dirty = true;
    private bool _fullRedraw = true;
    private volatile bool _quit;
    private long _lastFrame;
    private int _uiThread = -1;

    public Application(ITerminal terminal, ApplicationOptions? options = null, TimeProvider? clock = null)
    {
        _terminal = terminal;
        _options = options ?? new ApplicationOptions();
        _clock = clock ?? TimeProvider.System;
        _input = Channel.CreateBounded<Message>(new BoundedChannelOptions(_options.InputQueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _messages = Channel.CreateBounded<Message>(new BoundedChannelOptions(_options.MessageQueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _frameInterval = _clock.TimestampFrequency / Math.Max(1, _options.MaxFramesPerSecond);
        _lastFrame = _clock.GetTimestamp() - _frameInterval;
        _encoder.ColorDepth = terminal.ColorDepth;
        Focus.FocusChanged += _ => Invalidate();
    }

    public FocusManager Focus { get; } = new();
    public CommandRegistry Commands { get; } = new();
    public KeyMap Keys { get; } = new();
    public Theme Theme { get; set; } = new();

    public Widget? Root
    {
        get => _root;
        set
        {
            _root = value;
            if (value is not null)
                value.Theme = Theme;
            Invalidate();
        }
    }

    public IReadOnlyList<Overlay> Overlays => _overlays;
    public Overlay? TopOverlay => _overlays.Count > 0 ? _overlays[^1] : null;

    /// <summary>The frame last drawn (what the terminal shows).</summary>
    public Buffer Screen => _previous;

    /// <summary>Frames drawn and bytes written so far (diagnostics; tests check idle writes nothing).</summary>
    public long FramesDrawn { get; private set; }
    public long BytesWritten { get; private set; }

    /// <summary>The app's own messages (network data, session events). Return true when the view changed.</summary>
    public event Func<Message, bool>? MessageReceived;

    /// <summary>The terminal went away or a terminating signal came: save what must be saved; the loop ends.</summary>
    public event Action? HangingUp;

    /// <summary>The terminal window gained or lost focus.</summary>
    public event Action<bool>? TerminalFocusChanged;

    /// <summary>Raised on the UI thread after each turn of messages, before a frame is drawn.</summary>
    public event Action? BeforeRender;

    // ---- posting (any thread) ----

    /// <summary>Posts a message; blocks while its queue is full (from the UI thread it is queued locally instead).</summary>
    public void Post(Message message)
    {
        if (Environment.CurrentManagedThreadId == _uiThread)
        {
            EnqueueLocal(message);
            return;
        }
        var writer = message is InputEvent ? _input.Writer : _messages.Writer;
        if (!writer.TryWrite(message))
            writer.WriteAsync(message).AsTask().GetAwaiter().GetResult();
        _wake.Set();
    }

    private void EnqueueLocal(Message message) => (message is InputEvent ? _localInput : _localMessages).Enqueue(message);

    /// <summary>Posts a message if its queue has room; false (nothing posted) when it is full. Never blocks.</summary>
    public bool TryPost(Message message)
    {
        if (Environment.CurrentManagedThreadId == _uiThread)
        {
            EnqueueLocal(message);
            return true;
        }
        var writer = message is InputEvent ? _input.Writer : _messages.Writer;
        if (!writer.TryWrite(message))
            return false;
        _wake.Set();
        return true;
    }

    /// <summary>Posts a message, waiting asynchronously while the queue is full (network readers: backpressure).</summary>
    public async ValueTask PostAsync(Message message, CancellationToken cancellationToken = default)
    {
        if (Environment.CurrentManagedThreadId == _uiThread)
        {
            EnqueueLocal(message);
            return;
        }
        var writer = message is InputEvent ? _input.Writer : _messages.Writer;
        await writer.WriteAsync(message, cancellationToken).ConfigureAwait(false);
        _wake.Set();
    }

    /// <summary>Runs <paramref name="action"/> on the UI thread; the view is redrawn afterwards.</summary>
    public void Invoke(Action action) => Post(new InvokeMessage(action));

    /// <summary>Calls <paramref name="callback"/> on the UI thread after <paramref name="due"/> and then every <paramref name="period"/> (Infinite: once).</summary>
    public TimerRegistration AddTimer(TimeSpan due, TimeSpan period, Func<bool> callback) =>
        new(_clock, due, period, callback, Post);

    public void Invalidate() => _dirty = true;

    /// <summary>Ends <see cref="Run"/> after the current turn.</summary>
    public void Quit()
    {
        _quit = true;
        _wake.Set();
    }

    /// <summary>Suspends the program (Ctrl+Z): the terminal is restored, and redrawn in full on resume.</summary>
    public void Suspend()
    {
        _terminal.Suspend();
        _encoder.Invalidate();
        _fullRedraw = true;
        _dirty = true;
    }

    // ---- the loop ----

    /// <summary>Runs the loop on this thread until <see cref="Quit"/>; the terminal is restored when it returns.</summary>
    public void Run()
    {
        _uiThread = Environment.CurrentManagedThreadId;
        _terminal.Start(Post);
        try
        {
            Resize(_terminal.Columns, _terminal.Rows);
            while (!_quit)
            {
                ProcessPending();
                if (_quit)
                    break;
                if (_dirty)
                {
                    var wait = _lastFrame + _frameInterval - _clock.GetTimestamp();
                    if (wait <= 0)
                    {
                        RenderFrame();
                        continue;
                    }
                    WaitForMessages(TimeSpan.FromSeconds((double)wait / _clock.TimestampFrequency));
                }
                else
                    WaitForMessages(Timeout.InfiniteTimeSpan);
            }
        }
        finally
        {
            _terminal.Restore();
        }
    }

    private void WaitForMessages(TimeSpan timeout)
    {
        _wake.Reset();
        if (_input.Reader.Count > 0 || _messages.Reader.Count > 0 || _localInput.Count > 0 || _localMessages.Count > 0 || _quit)
            return;
        _wake.Wait(timeout);
    }

    /// <summary>
    /// One turn of message handling without waiting: all queued input, then other messages within the
    /// budgets (input that arrives meanwhile goes first). Returns true if anything was handled.
    /// Public so tests can drive the loop step by step with a fake terminal and clock.
    /// </summary>
    public bool ProcessPending()
    {
        if (_uiThread == -1)
            _uiThread = Environment.CurrentManagedThreadId;
        var handled = false;
        var start = _clock.GetTimestamp();
        var budget = (long)(_options.DrainTimeBudget.TotalSeconds * _clock.TimestampFrequency);
        var bytes = 0L;
        while (true)
        {
            var any = DrainInput();
            handled |= any;
            if (_quit)
                break;
            if (_clock.GetTimestamp() - start >= budget || bytes >= _options.DrainByteBudget)
                break;
            if (!_localMessages.TryDequeue(out var message) && !_messages.Reader.TryRead(out message))
            {
                if (!any)
                    break;
                continue;
            }
            Handle(message);
            bytes += message.ByteCount;
            handled = true;
        }
        return handled;
    }

    private bool DrainInput()
    {
        var any = false;
        while (_input.Reader.TryRead(out var message) || _localInput.TryDequeue(out message))
        {
            Handle(message);
            any = true;
            if (_quit)
                break;
        }
        return any;
    }

    /// <summary>Draws a frame now if something changed (tests call this directly; <see cref="Run"/> paces it).</summary>
    public void RenderFrame()
    {
        _lastFrame = _clock.GetTimestamp();
        if (!_dirty)
            return;
        _dirty = false;
        BeforeRender?.Invoke();
        if (_current.Width != _terminal.Columns || _current.Height != _terminal.Rows)
            Resize(_terminal.Columns, _terminal.Rows);
        _current.Clear();
        var screen = _current.Area;
        _root?.Render(screen, _current);
        foreach (var overlay in _overlays)
            overlay.Render(overlay.Place(screen), _current);
        var cursor = Focus.Focused?.Cursor ?? CursorState.Hidden;
        _output.Clear();
        if (_fullRedraw)
        {
            _encoder.EncodeFull(_current, cursor, _output);
            _fullRedraw = false;
        }
        else
            _encoder.Encode(_previous, _current, cursor, _output);
        if (_output.Length > 0)
        {
            _terminal.Write(_output.WrittenSpan);
            BytesWritten += _output.Length;
        }
        FramesDrawn++;
        (_previous, _current) = (_current, _previous);
        EnsureFocus();
    }

    private void Resize(int columns, int rows)
    {
        _current.Resize(columns, rows);
        _previous.Resize(columns, rows);
        _fullRedraw = true;
        _dirty = true;
    }

    private void EnsureFocus()
    {
        var scope = (Widget?)TopOverlay ?? _root;
        if (scope is null)
            return;
        if (Focus.Focused is null || !scope.Contains(Focus.Focused) || Focus.Focused.Area.IsEmpty)
        {
            var first = FocusManager.FirstFocusable(scope);
            if (first is not null)
                Focus.SetFocus(first);
        }
    }

    // ---- dispatch ----

    private void Handle(Message message)
    {
        switch (message)
        {
            case KeyEvent key:
                HandleKey(key);
                _dirty = true;
                break;
            case MouseEvent mouse:
                HandleMouse(mouse);
                _dirty = true;
                break;
            case PasteEvent paste:
                Bubble(Focus.Focused, w => w.OnPaste(paste));
                _dirty = true;
                break;
            case ResizeEvent resize:
                Resize(resize.Columns, resize.Rows);
                break;
            case ResumedEvent:
                _encoder.Invalidate();
                _fullRedraw = true;
                _dirty = true;
                break;
            case ModeReportEvent { Mode: 2026 } report:
                _encoder.SynchronizedOutput = report.IsSupported;
                break;
            case FocusEvent focus:
                TerminalFocusChanged?.Invoke(focus.Focused);
                break;
            case HangupEvent:
                HangingUp?.Invoke();
                Quit();
                break;
            case InvokeMessage invoke:
                invoke.Action();
                _dirty = true;
                break;
            case TimerMessage timer:
                if (timer.Timer.Run())
                    _dirty = true;
                break;
            default:
                if (MessageReceived is { } handlers)
                {
                    foreach (var handler in handlers.GetInvocationList().Cast<Func<Message, bool>>())
                    {
                        if (handler(message))
                            _dirty = true;
                    }
                }
                break;
        }
    }

    private void HandleKey(KeyEvent e)
    {
        var overlay = TopOverlay;
        if (Keys.TryGetCommand(e, overlay is not null, out var commandId) && Commands.Execute(commandId))
            return;
        var scope = (Widget?)overlay ?? _root;
        if (scope is null)
            return;
        EnsureFocus();
        if (Bubble(Focus.Focused, w => w.OnKey(e), scope))
            return;
        if (e.Key == Key.Tab && (e.Modifiers & ~KeyModifiers.Shift) == 0)
            Focus.Move(scope, forward: (e.Modifiers & KeyModifiers.Shift) == 0);
    }

    private void HandleMouse(MouseEvent e)
    {
        if (_mouseCapture is not null && e.Action is MouseAction.Drag or MouseAction.Release)
        {
            var captured = _mouseCapture;
            if (e.Action == MouseAction.Release)
                _mouseCapture = null;
            captured.OnMouse(e);
            return;
        }
        var overlay = TopOverlay;
        Widget? scope = overlay ?? _root;
        if (scope is null)
            return;
        if (overlay is not null && !overlay.Area.Contains(e.X, e.Y))
        {
            if (overlay.CloseOnOutsideClick && e.Action == MouseAction.Press)
                overlay.Close();
            return;
        }
        var target = FocusManager.HitTest(scope, e.X, e.Y);
        if (target is null)
            return;
        if (e.Action == MouseAction.Press)
        {
            var focusTarget = FocusManager.FocusTarget(target, scope);
            if (focusTarget is not null)
                Focus.SetFocus(focusTarget);
        }
        for (var w = target; w is not null; w = w.Parent)
        {
            if (w.OnMouse(e))
            {
                if (e.Action == MouseAction.Press)
                    _mouseCapture = w;
                return;
            }
            if (ReferenceEquals(w, scope))
                break;
        }
    }

    private static bool Bubble(Widget? from, Func<Widget, bool> handler, Widget? scope = null)
    {
        for (var w = from; w is not null; w = w.Parent)
        {
            if (handler(w))
                return true;
            if (ReferenceEquals(w, scope))
                break;
        }
        return false;
    }

    // ---- overlays ----

    public void ShowOverlay(Overlay overlay)
    {
        if (_overlays.Contains(overlay))
            return;
        overlay.Host = this;
        overlay.Theme = Theme;
        _focusBeforeOverlay[overlay] = Focus.Focused;
        _overlays.Add(overlay);
        _mouseCapture = null;
        // Focus goes in once the overlay has been laid out; until then place it to find its first field.
        overlay.Render(overlay.Place(_current.Area), new Buffer(_current.Width, _current.Height));
        Focus.SetFocus(FocusManager.FirstFocusable(overlay) ?? overlay);
        Invalidate();
    }

    public void CloseOverlay(Overlay overlay)
    {
        if (!_overlays.Remove(overlay))
            return;
        overlay.Host = null;
        _mouseCapture = null;
        _focusBeforeOverlay.Remove(overlay, out var previous);
        if (Focus.Focused is null || overlay.Contains(Focus.Focused))
            Focus.SetFocus(previous);
        overlay.RaiseClosed();
        Invalidate();
    }

    void IOverlayHost.SetFocus(Widget widget) => Focus.SetFocus(widget);

    public void Dispose()
    {
        _wake.Dispose();
        _terminal.Dispose();
    }
}
