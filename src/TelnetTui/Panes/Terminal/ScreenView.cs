using TelnetTui.App;
using TelnetTui.Core.Input;
using TelnetTui.Core.Sessions;
using TelnetTui.Terminal.Model;
using TelnetTui.Tui;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Rendering;
using TelnetTui.Tui.Text;
using TelnetTui.Tui.Widgets;
using Cell = TelnetTui.Tui.Cell;
using Color = TelnetTui.Tui.Color;
using CursorState = TelnetTui.Tui.Rendering.CursorState;
using MouseEvent = TelnetTui.Tui.Input.MouseEvent;

namespace TelnetTui.Panes.Terminal;

/// <summary>
/// The remote screen: the session's emulator copied into the frame each time it is drawn. Scrolled back
/// (keyboard or wheel), the view splits: the scrollback above, a bar, and the live tail below, so new
/// output stays in sight. In line mode a one-column gutter marks prompt lines (telnet GA/EOR). The mouse
/// selects text (copied to the clipboard when the button goes up) unless the host asked for mouse reports,
/// which are then forwarded; Shift+mouse always selects. In character mode this view has the focus and
/// every key goes to the host through the session's key encoder.
/// </summary>
public sealed class ScreenView : Widget
{
    /// <summary>Lines the mouse wheel scrolls.</summary>
    public const int WheelLines = 3;

    /// <summary>Below this height the view does not split when scrolled back (there is no room for a tail).</summary>
    public const int MinSplitHeight = 8;

    private readonly AppState _state;
    private readonly LinePainter _painter = new();
    private int[] _rowLines = [];
    private bool[] _rowLive = [];
    private long _offset;
    private long _lastScrolledOff;
    private Screen? _lastScreen;
    private int _liveTop;
    private int _gutter;
    private (long Line, int Start, int End)? _match;

    public ScreenView(AppState state)
    {
        _state = state;
        Name = "terminal";
    }

    public Selection Selection { get; } = new();

    /// <summary>Lines scrolled back from the live screen (0: live).</summary>
    public long ScrollOffset => _offset;

    /// <summary>Show the prompt-mark gutter (line mode).</summary>
    public bool ShowGutter { get; set; }

    /// <summary>Where the screen comes from when it is not the session's (a replay).</summary>
    public Func<Screen?>? ScreenSource { get; set; }

    private Screen? CurrentScreen => ScreenSource is { } source ? source() : _state.Session?.Screen;

    /// <summary>The text searched for, highlighted wherever it shows.</summary>
    public string SearchText { get; private set; } = "";

    public override bool CanFocus => ScreenSource is not null || _state.Session is { Mode: InputMode.Character };

    /// <summary>Columns and rows of remote screen this view shows (its size minus the gutter).</summary>
    public static (int Columns, int Rows) ScreenArea(Rect area, bool gutter) => (Math.Max(1, area.Width - (gutter ? 1 : 0)), Math.Max(1, area.Height));

    // ---- scrolling ----

    /// <summary>Rows a page scroll moves: the scrollback part of the split view.</summary>
    public int PageSize => Math.Max(1, HistoryHeight(Area.Height) - 1);

    public void ScrollBy(long lines)
    {
        if (CurrentScreen is not { } screen)
            return;
        _offset = Math.Clamp(_offset + lines, 0, MaxOffset(screen, Area.Height));
    }

    public void ScrollToBottom() => _offset = 0;

    private static int TailHeight(int height) => height < MinSplitHeight ? 0 : Math.Max(2, height / 3);

    private static int HistoryHeight(int height) => TailHeight(height) == 0 ? height : height - TailHeight(height) - 1;

    private long MaxOffset(Screen screen, int height) => LiveTop(screen, height) + (long)screen.ScrollbackCount;

    // The first screen row shown live: 0 unless the screen is taller than the view (a pinned size), then
    // the window that holds the cursor.
    private static int LiveTop(Screen screen, int height)
    {
        if (screen.Rows <= height)
            return 0;
        return Math.Clamp(screen.Cursor.Row - height + 1, 0, screen.Rows - height);
    }

    // ---- search ----

    /// <summary>
    /// Shows the next match of <paramref name="query"/> older (or newer) than the one shown, scrolling to
    /// it; the first search starts from the bottom. False when there is none that way.
    /// </summary>
    public bool FindNext(string query, bool older)
    {
        SearchText = query;
        _painter.SetSearch(query);
        if (CurrentScreen is not { } screen || query.Length == 0)
        {
            _match = null;
            return false;
        }
        var shift = screen.LinesScrolledOff;
        foreach (var m in screen.Search(query, StringComparison.OrdinalIgnoreCase, newestFirst: older))
        {
            var at = new ScreenPoint(m.Line + shift, m.Column);
            if (_match is { } current)
            {
                var here = new ScreenPoint(current.Line, current.Start);
                if (older ? at >= here : at <= here)
                    continue;
            }
            _match = (m.Line + shift, m.Column, m.EndLine == m.Line ? m.EndColumn : screen.Columns - 1);
            ShowLine(screen, m.Line);
            return true;
        }
        return false;
    }

    public void ClearSearch()
    {
        SearchText = "";
        _painter.SetSearch("");
        _match = null;
    }

    // Scrolls so that line (screen numbering) is in the scrollback part, a third of the way down.
    private void ShowLine(Screen screen, int line)
    {
        var height = Math.Max(1, Area.Height);
        var liveTop = LiveTop(screen, height);
        var visibleLive = Math.Min(screen.Rows, height);
        if (_offset == 0 && line >= liveTop && line < liveTop + visibleLive)
            return; // already on the live screen
        var history = HistoryHeight(height);
        var top = line - history / 3;
        _offset = Math.Clamp(liveTop - (long)top, 1, MaxOffset(screen, height));
    }

    // ---- drawing ----

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var theme = _state.Theme;
        buffer.Fill(area, Cell.Space(theme.Ui.Text));
        if (_rowLines.Length < area.Height)
        {
            _rowLines = new int[area.Height];
            _rowLive = new bool[area.Height];
        }
        Array.Fill(_rowLines, int.MinValue);
        if (CurrentScreen is not { } screen)
        {
            _lastScreen = null;
            DrawIdle(area, buffer);
            return;
        }
        if (!ReferenceEquals(screen, _lastScreen))
        {
            _lastScreen = screen;
            _offset = 0;
            _lastScrolledOff = screen.LinesScrolledOff;
            Selection.Clear();
            _match = null;
        }
        // Keep a scrolled-back view on its text while new lines push older ones into the scrollback.
        var pushed = screen.LinesScrolledOff - _lastScrolledOff;
        _lastScrolledOff = screen.LinesScrolledOff;
        if (_offset > 0)
            _offset += pushed;
        _offset = Math.Clamp(_offset, 0, MaxOffset(screen, area.Height));

        _gutter = ShowGutter && area.Width > 1 ? 1 : 0;
        var width = area.Width - _gutter;
        var modes = screen.Modes;
        _painter.Styles.Configure(Palette(modes.AnsiBbs), modes.AnsiBbs, modes.ReverseVideo);
        _liveTop = LiveTop(screen, area.Height);
        var shift = screen.LinesScrolledOff;
        if (_offset == 0)
        {
            var rows = Math.Min(screen.Rows - _liveTop, area.Height);
            for (var r = 0; r < rows; r++)
                PaintRow(screen, _liveTop + r, shift, buffer, area, r, width, live: true);
            return;
        }
        var tail = TailHeight(area.Height);
        var history = HistoryHeight(area.Height);
        var top = _liveTop - _offset;
        for (var r = 0; r < history; r++)
        {
            var line = top + r;
            if (line >= -screen.ScrollbackCount && line < screen.Rows)
                PaintRow(screen, (int)line, shift, buffer, area, r, width, live: false);
        }
        if (tail == 0)
            return;
        DrawBar(buffer, area, history, theme);
        var liveRows = Math.Min(screen.Rows - _liveTop, area.Height);
        var firstTail = _liveTop + liveRows - tail;
        for (var r = 0; r < tail; r++)
        {
            var line = firstTail + r;
            if (line >= -screen.ScrollbackCount && line < screen.Rows)
                PaintRow(screen, line, shift, buffer, area, history + 1 + r, width, live: true);
        }
    }

    private void PaintRow(Screen screen, int line, long shift, Buffer buffer, Rect area, int r, int width, bool live)
    {
        var y = area.Y + r;
        _rowLines[r] = line;
        _rowLive[r] = live;
        (int, int)? current = _match is { } m && m.Line == line + shift ? (m.Start, m.End) : null;
        _painter.Paint(screen, line, line + shift, buffer, area.X + _gutter, y, width, _state.Theme, Selection, current);
        if (_gutter > 0)
        {
            var marked = (screen.GetLineFlags(line) & RowFlags.PromptMark) != 0;
            buffer.Set(area.X, y, marked ? new Cell('▸', _state.Theme.PromptMark) : Cell.Space(_state.Theme.Ui.Text));
        }
    }

    private void DrawBar(Buffer buffer, Rect area, int row, Themes.AppTheme theme)
    {
        var y = area.Y + row;
        buffer.Fill(new Rect(area.X, y, area.Width, 1), new Cell('─', theme.Scrolled));
        var text = $" scrolled back {_offset} line{(_offset == 1 ? "" : "s")} · live below · Shift+End returns ";
        buffer.SetString(area.X + 2, y, TextFit.Truncate(text, Math.Max(0, area.Width - 4)), theme.Scrolled, area.Width - 4);
    }

    private Color[]? Palette(bool ansiBbs)
    {
        if (!UseTrueColorPalette)
            return null;
        return _state.Theme.Palette ?? (ansiBbs ? CgaPalette : null);
    }

    /// <summary>False on terminals without 24-bit colour: the user's own palette is all they can show.</summary>
    public bool UseTrueColorPalette { get; set; } = true;

    private static readonly Color[] CgaPalette = BuildCga();

    private static Color[] BuildCga()
    {
        var cga = TelnetTui.Terminal.Model.Palette.Cga;
        var colours = new Color[16];
        for (var i = 0; i < colours.Length; i++)
        {
            var (r, g, b) = cga[i];
            colours[i] = Color.FromRgb(r, g, b);
        }
        return colours;
    }

    private void DrawIdle(Rect area, Buffer buffer)
    {
        var theme = _state.Theme.Ui;
        string[] lines =
        [
            "Not connected.",
            "",
            "Pick a host in the connection book (Alt+B), type host:port there,",
            "or open the menu with Ctrl+] and choose Connect.",
            "F1 lists every key.",
        ];
        var top = area.Y + Math.Max(0, (area.Height - lines.Length) / 2);
        for (var i = 0; i < lines.Length && top + i < area.Bottom; i++)
        {
            var text = TextFit.Truncate(lines[i], area.Width);
            buffer.SetString(area.X + TextFit.CenterOffset(CharWidth.Of(text), area.Width), top + i, text, i == 0 ? theme.Title : theme.Muted, area.Width);
        }
    }

    public override CursorState? Cursor
    {
        get
        {
            if (ScreenSource is not null || _state.Session is not { Mode: InputMode.Character } session || _offset != 0)
                return null;
            var screen = session.Screen;
            var cursor = screen.Cursor;
            var row = cursor.Row - _liveTop;
            if (!cursor.Visible || row < 0 || row >= Area.Height || cursor.Column >= Area.Width - _gutter)
                return null;
            return CursorState.At(Area.X + _gutter + cursor.Column, Area.Y + row);
        }
    }

    // ---- input ----

    public override bool OnKey(KeyEvent e)
    {
        if (ScreenSource is not null || _state.Session is not { } session || session.Mode != InputMode.Character)
            return false;
        if (!KeyTranslator.TryTranslate(e, out var key))
            return false;
        if (!session.CanSend)
        {
            _state.ShowMessage("not connected: Alt+R reconnects");
            return true;
        }
        _offset = 0; // typing brings the live screen back, as terminals do
        Selection.Clear();
        session.SendKey(key);
        return true;
    }

    public override bool OnPaste(PasteEvent e)
    {
        if (ScreenSource is not null || _state.Session is not { Mode: InputMode.Character } session)
            return false;
        _offset = 0;
        if (!session.SendPaste(e.Text))
            _state.ShowMessage("not connected: the paste was not sent");
        return true;
    }

    public override bool OnMouse(MouseEvent e)
    {
        if (CurrentScreen is not { } screen)
            return false;
        var r = e.Y - Area.Y;
        var c = e.X - Area.X - _gutter;
        var selecting = (e.Modifiers & KeyModifiers.Shift) != 0 || Selection.IsDragging;
        if (!selecting && ScreenSource is null && _state.Session is { WantsMouse: true, CanSend: true } session && _offset == 0 && r >= 0 && r < Area.Height && c >= 0)
        {
            var row = _liveTop + r;
            if (row < screen.Rows && c < screen.Columns
                && MouseTranslator.TryTranslate(e with { Modifiers = e.Modifiers & ~KeyModifiers.Shift }, row, c, out var forwarded))
            {
                session.SendMouse(forwarded);
                return true;
            }
        }
        switch (e.Action)
        {
            case MouseAction.WheelUp:
                ScrollBy(WheelLines);
                return true;
            case MouseAction.WheelDown:
                ScrollBy(-WheelLines);
                return true;
            case MouseAction.Press when e.Button == MouseButton.Left:
                if (PointAt(screen, e.X, e.Y) is { } start)
                    Selection.Begin(start);
                else
                    Selection.Clear();
                return true;
            case MouseAction.Drag when Selection.IsDragging:
                if (PointAt(screen, e.X, Math.Clamp(e.Y, Area.Y, Area.Bottom - 1)) is { } to)
                    Selection.Extend(to);
                return true;
            case MouseAction.Release when Selection.IsDragging:
                Selection.Finish();
                if (Selection.IsEmpty)
                    Selection.Clear();
                else
                {
                    var text = Selection.Text(screen);
                    if (text.Length > 0)
                    {
                        _state.Clipboard.Copy(text);
                        _state.ShowMessage($"copied {text.Length} character{(text.Length == 1 ? "" : "s")}");
                    }
                }
                return true;
        }
        return false;
    }

    private ScreenPoint? PointAt(Screen screen, int x, int y)
    {
        var r = y - Area.Y;
        if (r < 0 || r >= Area.Height || r >= _rowLines.Length || _rowLines[r] == int.MinValue)
            return null;
        var column = Math.Clamp(x - Area.X - _gutter, 0, screen.Columns - 1);
        return new ScreenPoint(_rowLines[r] + screen.LinesScrolledOff, column);
    }
}
