using TelnetTui.App;
using TelnetTui.Core.Input;
using TelnetTui.Core.Sessions;
using TelnetTui.Tui;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Widgets;
using TuiHistory = TelnetTui.Tui.Widgets.InputHistory;

namespace TelnetTui.Panes.Terminal;

/// <summary>
/// The terminal pane: the remote screen, a search line while searching the scrollback, and in line mode
/// the input line (the host's last prompt beside it, per-host history, masked while the host echoes).
/// Whenever the screen part changes size — the window, a side pane opened or closed, the input line coming
/// or going — the session is told at once (it resizes the emulator and sends NAWS).
/// </summary>
public sealed class TerminalPane : Widget
{
    /// <summary>Widest the host's prompt may get beside the input line, as a share of the width.</summary>
    public const double MaxPromptShare = 0.5;

    private readonly AppState _state;
    private (int Columns, int Rows) _reported;
    private Session? _reportedTo;
    private bool _searching;
    private bool _searchFailed;
    private Theme? _inputTheme;
    private (Themes.AppTheme, bool, bool) _inputThemeKey;

    public TerminalPane(AppState state)
    {
        _state = state;
        Name = "terminal-pane";
        Screen = Adopt(new ScreenView(state));
        Input = Adopt(new TextInput { Name = "input", ClearOnSubmit = false, Placeholder = "type here and press Enter" });
        Input.Submitted += Submit;
        Search = Adopt(new TextInput { Name = "search", Prompt = "Find: ", ClearOnSubmit = false, HandlesEnter = false, Placeholder = "text in the scrollback" });
        Search.Changed += _ => Find(older: true, fromBottom: true);
        state.SessionChanged += OnSessionChanged;
    }

    public ScreenView Screen { get; }
    public TextInput Input { get; }
    public TextInput Search { get; }

    public bool IsSearching => _searching;

    /// <summary>The pane wants the keyboard focus on one of its parts (the app's focus manager moves it).</summary>
    public event Action<Widget>? FocusRequested;

    /// <summary>Where typing goes in the current mode: the input line (line mode) or the screen (character mode).</summary>
    public Widget TypingTarget => LineMode ? Input : Screen;

    /// <summary>
    /// Lays the pane out again at once (into a scratch buffer) so a part that just appeared — the search line,
    /// the input line after a mode change — has its place before the next frame and can take the focus.
    /// </summary>
    public void Relayout()
    {
        if (Area.IsEmpty)
            return;
        Render(Area, new Buffer(Area.Right, Area.Bottom));
    }

    /// <summary>The size last reported to the session (columns, rows of remote screen).</summary>
    public (int Columns, int Rows) ReportedSize => _reported;

    /// <summary>The screen part's size as of the last frame: a new session starts at this size.</summary>
    public (int Columns, int Rows) CurrentScreenSize { get; private set; } = (80, 24);

    private bool LineMode => _state.Session is { Mode: InputMode.Line };

    public override IEnumerable<Widget> Children
    {
        get
        {
            yield return Screen;
            if (_searching)
                yield return Search;
            if (LineMode)
                yield return Input;
        }
    }

    // ---- layout ----

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var lineMode = LineMode;
        var bottom = (lineMode ? 1 : 0) + (_searching ? 1 : 0);
        var screenArea = new Rect(area.X, area.Y, area.Width, Math.Max(1, area.Height - bottom));
        Screen.ShowGutter = lineMode;
        CurrentScreenSize = ScreenView.ScreenArea(screenArea, lineMode);
        ReportSize();
        Screen.Render(screenArea, buffer);
        var y = screenArea.Bottom;
        if (_searching)
        {
            Search.NormalStyle = _searchFailed ? _state.Theme.Ui.Error : _state.Theme.Ui.Field;
            Search.FocusedStyle = _searchFailed ? _state.Theme.Ui.Error : _state.Theme.Ui.FieldFocused;
            Search.Render(new Rect(area.X, y++, area.Width, 1), buffer);
        }
        else
            Search.Render(Rect.Empty, buffer);
        if (lineMode && y < area.Bottom)
            RenderInput(new Rect(area.X, y, area.Width, 1), buffer);
        else
            Input.Render(Rect.Empty, buffer);
    }

    /// <summary>Tells the session the screen part's size when it changed (or the session is new).</summary>
    public void ReportSize()
    {
        if (_state.Session is not { } session)
            return;
        if (ReferenceEquals(session, _reportedTo) && _reported == CurrentScreenSize)
            return;
        _reportedTo = session;
        _reported = CurrentScreenSize;
        session.Resize(CurrentScreenSize.Columns, CurrentScreenSize.Rows);
    }

    private void RenderInput(Rect row, Buffer buffer)
    {
        var session = _state.Session!;
        var theme = _state.Theme;
        var prompt = session.CurrentPrompt?.Text.Trim() ?? "";
        var room = (int)(row.Width * MaxPromptShare);
        if (Tui.Text.CharWidth.Of(prompt) > room)
            prompt = "…" + prompt[^Math.Max(0, Math.Min(prompt.Length, room - 1))..];
        Input.Prompt = prompt.Length > 0 ? prompt + " " : "> ";
        Input.Masked = session.InputMasked;
        Input.Placeholder = session.InputMasked ? "hidden input (the host does not echo it)" : session.CanSend ? "type here and press Enter" : "not connected (Alt+R reconnects)";
        var key = (theme, prompt.Length > 0, session.InputMasked);
        if (_inputTheme is null || key != _inputThemeKey)
        {
            // The input line draws the prompt in the theme's key style and the text in its input style.
            _inputTheme = theme.Ui.Clone();
            _inputTheme.Key = prompt.Length > 0 ? theme.ServerPrompt : theme.Ui.Key;
            if (session.InputMasked)
            {
                _inputTheme.Input = theme.Masked;
                _inputTheme.InputFocused = theme.Masked.Add(TextAttributes.Underline);
            }
            _inputThemeKey = key;
        }
        Input.Theme = _inputTheme;
        Input.Render(row, buffer);
    }

    // ---- session and input ----

    private void OnSessionChanged(Session? session)
    {
        Input.Text = "";
        var history = new TuiHistory(Core.Input.InputHistory.DefaultCapacity);
        if (session?.History is { } saved)
        {
            foreach (var entry in saved.Entries)
                history.Add(entry);
        }
        Input.History = history;
        Screen.ClearSearch();
        _searching = false;
    }

    private void Submit(string line)
    {
        if (_state.Session is not { } session)
            return;
        if (session.SendLine(line))
        {
            Input.Text = "";
            Screen.ScrollToBottom();
        }
        else
            _state.ShowMessage("not connected: Alt+R reconnects (the line is kept)");
    }

    /// <summary>Opens the search line (or, when open, finds the next older match).</summary>
    public void StartSearch()
    {
        if (_searching)
        {
            Find(older: true, fromBottom: false);
            return;
        }
        _searching = true;
        _searchFailed = false;
        Search.Text = Screen.SearchText;
        Relayout();
        FocusRequested?.Invoke(Search);
    }

    public void EndSearch()
    {
        _searching = false;
        Screen.ClearSearch();
        Relayout();
        FocusRequested?.Invoke(TypingTarget);
    }

    private void Find(bool older, bool fromBottom)
    {
        if (fromBottom)
            Screen.ClearSearch();
        var query = Search.Text;
        _searchFailed = query.Length > 0 && !Screen.FindNext(query, older);
        if (_searchFailed)
            _state.ShowMessage($"'{query}' not found {(older ? "further back" : "further down")}");
    }

    public override bool OnKey(KeyEvent e)
    {
        if (_searching && Search.HasFocus)
        {
            switch (e.Key)
            {
                case Key.Enter when e.Modifiers == KeyModifiers.None:
                case Key.Up when e.Modifiers == KeyModifiers.None:
                    Find(older: true, fromBottom: false);
                    return true;
                case Key.Down when e.Modifiers == KeyModifiers.None:
                    Find(older: false, fromBottom: false);
                    return true;
                case Key.Escape:
                    EndSearch();
                    return true;
            }
        }
        if (e.Modifiers == KeyModifiers.None && LineMode && !Screen.HasFocus)
        {
            // The input line leaves PgUp/PgDn alone: in line mode they scroll the terminal.
            switch (e.Key)
            {
                case Key.PageUp:
                    Screen.ScrollBy(Screen.PageSize);
                    return true;
                case Key.PageDown:
                    Screen.ScrollBy(-Screen.PageSize);
                    return true;
            }
        }
        return false;
    }
}
