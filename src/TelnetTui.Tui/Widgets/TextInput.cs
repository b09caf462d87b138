using TelnetTui.Tui.Input;
using TelnetTui.Tui.Rendering;
using TelnetTui.Tui.Text;

namespace TelnetTui.Tui.Widgets;

/// <summary>
/// A one-line input (the MUD input line, dialog text fields): <see cref="LineEditor"/> keys, Up/Down
/// (Ctrl+P/N) through an <see cref="InputHistory"/>, Enter submits, a paste is inserted as text. With
/// <see cref="Masked"/> (a password, or while the server echoes) every character shows as a bullet and the
/// line is kept out of the history. The text scrolls sideways to keep the cursor in view.
/// </summary>
public sealed class TextInput : Widget
{
    private int _scroll;

    public LineEditor Editor { get; } = new();
    public InputHistory? History { get; set; }

    public string Text
    {
        get => Editor.Text;
        set => Editor.SetText(value);
    }

    /// <summary>Shown before the text ("> ").</summary>
    public string Prompt { get; set; } = "";

    /// <summary>Shown dimmed while the line is empty.</summary>
    public string Placeholder { get; set; } = "";

    public bool Masked { get; set; }
    public string MaskGlyph { get; set; } = "•";
    public bool ClearOnSubmit { get; set; } = true;

    /// <summary>False lets Enter go to the parent (a form field: Enter presses the dialog's default button).</summary>
    public bool HandlesEnter { get; set; } = true;

    /// <summary>Overrides the theme's input styles (form fields use the field styles).</summary>
    public Style? NormalStyle { get; set; }
    public Style? FocusedStyle { get; set; }

    /// <summary>Characters that may be typed or pasted (a number field takes digits); null takes all.</summary>
    public Func<System.Text.Rune, bool>? Accepts { get; set; }

    public override bool CanFocus => true;

    /// <summary>Enter was pressed; the argument is the line (a masked line too, but never into the history).</summary>
    public event Action<string>? Submitted;

    /// <summary>The text changed by typing, deleting or pasting.</summary>
    public event Action<string>? Changed;

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var theme = Theme;
        var style = HasFocus ? FocusedStyle ?? theme.InputFocused : NormalStyle ?? theme.Input;
        buffer.Fill(area.Row(0), Cell.Space(style));
        var used = buffer.SetString(area.X, area.Y, Prompt, theme.Key, area.Width);
        var room = area.Width - used;
        if (room <= 0)
            return;
        if (Editor.Text.Length == 0 && Placeholder.Length > 0 && !HasFocus)
        {
            buffer.SetString(area.X + used, area.Y, TextFit.Truncate(Placeholder, room), theme.Placeholder, room);
            return;
        }
        var shown = Displayed();
        var cursorColumn = TextNavigation.ColumnOf(shown, DisplayedCursor());
        if (cursorColumn < _scroll)
            _scroll = cursorColumn;
        else if (cursorColumn >= _scroll + room)
            _scroll = cursorColumn - room + 1;
        _scroll = Math.Max(0, Math.Min(_scroll, Math.Max(0, CharWidth.Of(shown) - room + 1)));
        var from = TextNavigation.IndexAtColumn(shown, _scroll);
        buffer.SetString(area.X + used, area.Y, shown.AsSpan(from), style, room);
    }

    // What is drawn: the text, or one mask glyph per grapheme.
    private string Displayed()
    {
        if (!Masked)
            return Editor.Text;
        var count = 0;
        for (var i = 0; i < Editor.Text.Length; i = TextNavigation.NextBoundary(Editor.Text, i))
            count++;
        return string.Concat(Enumerable.Repeat(MaskGlyph, count));
    }

    private int DisplayedCursor()
    {
        if (!Masked)
            return Editor.Cursor;
        var count = 0;
        for (var i = 0; i < Editor.Cursor; i = TextNavigation.NextBoundary(Editor.Text, i))
            count++;
        return count * MaskGlyph.Length;
    }

    public override CursorState? Cursor
    {
        get
        {
            var column = TextNavigation.ColumnOf(Displayed(), DisplayedCursor()) - _scroll + CharWidth.Of(Prompt);
            return CursorState.At(Area.X + Math.Clamp(column, 0, Math.Max(0, Area.Width - 1)), Area.Y, CursorShape.SteadyBar);
        }
    }

    public override bool OnKey(KeyEvent e)
    {
        if (e.Key == Key.Enter && e.Modifiers == KeyModifiers.None && HandlesEnter)
        {
            var line = Editor.Text;
            if (!Masked)
                History?.Add(line);
            else
                History?.Reset();
            if (ClearOnSubmit)
                Editor.Clear();
            Submitted?.Invoke(line);
            return true;
        }
        var up = e.Key == Key.Up && e.Modifiers == KeyModifiers.None || e.Key == Key.Char && e.Modifiers == KeyModifiers.Ctrl && e.Rune.Value == 'p';
        var down = e.Key == Key.Down && e.Modifiers == KeyModifiers.None || e.Key == Key.Char && e.Modifiers == KeyModifiers.Ctrl && e.Rune.Value == 'n';
        if ((up || down) && History is not null && !Masked)
        {
            var recalled = up ? History.Previous(Editor.Text) : History.Next();
            if (recalled is not null)
                Editor.SetText(recalled);
            return true;
        }
        if (e.IsText && Accepts is not null && !Accepts(e.Rune))
            return true; // swallowed: not a character this input takes
        var before = Editor.Text;
        if (!Editor.HandleKey(e))
            return false;
        if (before != Editor.Text)
            Changed?.Invoke(Editor.Text);
        return true;
    }

    public override bool OnPaste(PasteEvent e)
    {
        var text = e.Text;
        if (Accepts is not null)
            text = string.Concat(text.EnumerateRunes().Where(Accepts).Select(r => r.ToString()));
        Editor.Insert(text);
        Changed?.Invoke(Editor.Text);
        return true;
    }

    public override bool OnMouse(MouseEvent e)
    {
        if (e.Action != MouseAction.Press || e.Button != MouseButton.Left)
            return false;
        if (!Masked)
        {
            var column = e.X - Area.X - CharWidth.Of(Prompt) + _scroll;
            Editor.MoveTo(TextNavigation.IndexAtColumn(Editor.Text, Math.Max(0, column)));
        }
        return true;
    }
}
