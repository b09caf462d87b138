using TelnetTui.Tui.Input;
using TelnetTui.Tui.Rendering;
using TelnetTui.Tui.Text;

namespace TelnetTui.Tui.Widgets;

/// <summary>
/// A multi-line text editor (the script pane): arrows, Home/End (Ctrl+A/E), PgUp/PgDn, Ctrl+Home/End,
/// word moves, Enter splits a line, Backspace/Delete join lines, Ctrl+K kills to the end of the line,
/// Tab indents when <see cref="AcceptsTab"/> (otherwise it moves focus), a paste goes in with its newlines.
/// Scrolls both ways to keep the cursor in view; optional line numbers.
/// </summary>
public sealed class TextEditor : Widget
{
    /// <summary>Lines kept at most; input beyond is dropped.</summary>
    public const int MaxLines = 100_000;

    private readonly List<string> _lines = [""];
    private int _line;
    private int _column; // char index in the line
    private int _preferredColumn = -1; // display column kept while moving up and down
    private int _top;
    private int _left;
    private int _height = 1;

    public override bool CanFocus => true;
    public bool AcceptsTab { get; set; }
    public int TabWidth { get; set; } = 4;
    public bool ShowLineNumbers { get; set; }

    public int CursorLine => _line;
    public int CursorColumn => _column;
    public IReadOnlyList<string> Lines => _lines;

    public string Text
    {
        get => string.Join('\n', _lines);
        set
        {
            _lines.Clear();
            _line = _column = 0;
            _lines.Add("");
            Insert(value);
            _line = _column = 0;
            _top = _left = 0;
        }
    }

    public event Action? Changed;

    /// <summary>Inserts text at the cursor; "\r\n" and "\r" count as newlines, tabs become spaces, other controls are dropped.</summary>
    public void Insert(string text)
    {
        var normalized = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var parts = normalized.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                if (_lines.Count >= MaxLines)
                    break;
                NewLine();
            }
            var clean = TextNavigation.SingleLine(parts[i].Replace("\t", new string(' ', TabWidth)));
            _lines[_line] = _lines[_line].Insert(_column, clean);
            _column += clean.Length;
        }
        _preferredColumn = -1;
        Changed?.Invoke();
    }

    private void NewLine()
    {
        var rest = _lines[_line][_column..];
        _lines[_line] = _lines[_line][.._column];
        _lines.Insert(_line + 1, rest);
        _line++;
        _column = 0;
    }

    private int GutterWidth => ShowLineNumbers ? _lines.Count.ToString().Length + 1 : 0;

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var theme = Theme;
        _height = area.Height;
        var gutter = Math.Min(GutterWidth, area.Width);
        var width = area.Width - gutter;
        if (_line < _top)
            _top = _line;
        else if (_line >= _top + area.Height)
            _top = _line - area.Height + 1;
        var cursorColumn = TextNavigation.ColumnOf(_lines[_line], _column);
        if (cursorColumn < _left)
            _left = cursorColumn;
        else if (width > 0 && cursorColumn >= _left + width)
            _left = cursorColumn - width + 1;
        for (var r = 0; r < area.Height && _top + r < _lines.Count; r++)
        {
            var y = area.Y + r;
            if (gutter > 0)
                buffer.SetString(area.X, y, (_top + r + 1).ToString().PadLeft(gutter - 1), theme.Muted, gutter);
            var line = _lines[_top + r];
            var from = TextNavigation.IndexAtColumn(line, _left);
            buffer.SetString(area.X + gutter, y, line.AsSpan(from), theme.Text, width);
        }
    }

    public override CursorState? Cursor
    {
        get
        {
            var x = Area.X + GutterWidth + TextNavigation.ColumnOf(_lines[_line], _column) - _left;
            return CursorState.At(Math.Clamp(x, Area.X, Math.Max(Area.X, Area.Right - 1)), Area.Y + _line - _top, CursorShape.SteadyBar);
        }
    }

    public override bool OnPaste(PasteEvent e)
    {
        Insert(e.Text);
        return true;
    }

    public override bool OnKey(KeyEvent e)
    {
        var m = e.Modifiers;
        if (e.IsText)
        {
            Insert(e.Rune.ToString());
            return true;
        }
        switch (e.Key)
        {
            case Key.Enter when m == KeyModifiers.None:
                if (_lines.Count < MaxLines)
                    NewLine();
                Edited();
                return true;
            case Key.Tab when m == KeyModifiers.None && AcceptsTab:
                var column = TextNavigation.ColumnOf(_lines[_line], _column);
                Insert(new string(' ', TabWidth - column % TabWidth));
                return true;
            case Key.Backspace when m == KeyModifiers.None:
                Backspace();
                return true;
            case Key.Delete when m == KeyModifiers.None:
                Delete();
                return true;
            case Key.Left when m == KeyModifiers.None: Horizontal(-1); return true;
            case Key.Right when m == KeyModifiers.None: Horizontal(1); return true;
            case Key.Left when m == KeyModifiers.Ctrl: _column = TextNavigation.WordLeft(_lines[_line], _column); _preferredColumn = -1; return true;
            case Key.Right when m == KeyModifiers.Ctrl: _column = TextNavigation.WordRight(_lines[_line], _column); _preferredColumn = -1; return true;
            case Key.Up when m == KeyModifiers.None: Vertical(-1); return true;
            case Key.Down when m == KeyModifiers.None: Vertical(1); return true;
            case Key.PageUp when m == KeyModifiers.None: Vertical(-Math.Max(1, _height - 1)); return true;
            case Key.PageDown when m == KeyModifiers.None: Vertical(Math.Max(1, _height - 1)); return true;
            case Key.Home when m == KeyModifiers.Ctrl: _line = 0; _column = 0; return true;
            case Key.End when m == KeyModifiers.Ctrl: _line = _lines.Count - 1; _column = _lines[_line].Length; return true;
            case Key.Home: _column = 0; _preferredColumn = -1; return true;
            case Key.End: _column = _lines[_line].Length; _preferredColumn = -1; return true;
        }
        if (e.Key == Key.Char && m == KeyModifiers.Ctrl)
        {
            switch (e.Rune.Value)
            {
                case 'a': _column = 0; return true;
                case 'e': _column = _lines[_line].Length; return true;
                case 'h': Backspace(); return true;
                case 'd': Delete(); return true;
                case 'k':
                    if (_column < _lines[_line].Length)
                        _lines[_line] = _lines[_line][.._column];
                    else
                        Delete(); // at the end: join the next line, as Emacs does
                    Edited();
                    return true;
            }
        }
        return false;
    }

    private void Edited()
    {
        _preferredColumn = -1;
        Changed?.Invoke();
    }

    private void Backspace()
    {
        if (_column > 0)
        {
            var start = TextNavigation.PreviousBoundary(_lines[_line], _column);
            _lines[_line] = _lines[_line].Remove(start, _column - start);
            _column = start;
        }
        else if (_line > 0)
        {
            _column = _lines[_line - 1].Length;
            _lines[_line - 1] += _lines[_line];
            _lines.RemoveAt(_line);
            _line--;
        }
        Edited();
    }

    private void Delete()
    {
        var line = _lines[_line];
        if (_column < line.Length)
        {
            var end = TextNavigation.NextBoundary(line, _column);
            _lines[_line] = line.Remove(_column, end - _column);
        }
        else if (_line + 1 < _lines.Count)
        {
            _lines[_line] += _lines[_line + 1];
            _lines.RemoveAt(_line + 1);
        }
        Edited();
    }

    private void Horizontal(int direction)
    {
        var line = _lines[_line];
        if (direction < 0)
        {
            if (_column > 0)
                _column = TextNavigation.PreviousBoundary(line, _column);
            else if (_line > 0)
                _column = _lines[--_line].Length;
        }
        else
        {
            if (_column < line.Length)
                _column = TextNavigation.NextBoundary(line, _column);
            else if (_line + 1 < _lines.Count)
            {
                _line++;
                _column = 0;
            }
        }
        _preferredColumn = -1;
    }

    private void Vertical(int delta)
    {
        if (_preferredColumn < 0)
            _preferredColumn = TextNavigation.ColumnOf(_lines[_line], _column);
        _line = Math.Clamp(_line + delta, 0, _lines.Count - 1);
        _column = TextNavigation.IndexAtColumn(_lines[_line], _preferredColumn);
    }

    public override bool OnMouse(MouseEvent e)
    {
        switch (e.Action)
        {
            case MouseAction.Press when e.Button == MouseButton.Left:
                _line = Math.Clamp(_top + e.Y - Area.Y, 0, _lines.Count - 1);
                _column = TextNavigation.IndexAtColumn(_lines[_line], Math.Max(0, e.X - Area.X - GutterWidth + _left));
                _preferredColumn = -1;
                return true;
            case MouseAction.WheelUp or MouseAction.WheelDown:
                Vertical(e.Action == MouseAction.WheelUp ? -RowScroller.WheelStep : RowScroller.WheelStep);
                return true;
        }
        return false;
    }
}
