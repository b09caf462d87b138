using TelnetTui.Tui.Input;

namespace TelnetTui.Tui.Widgets;

/// <summary>
/// Rows of a <see cref="RingBuffer{T}"/> in columns (the negotiation inspector). It follows the tail as rows
/// arrive until the user moves up; End follows again. Space pauses: new rows are kept but not shown until
/// it resumes. "/" types a search, Enter or n finds the next matching row, N the previous; matches are
/// highlighted. A row filter hides rows without dropping them.
/// </summary>
public class TableView<T> : Widget
{
    private readonly RowScroller _scroller = new();
    private readonly List<long> _visible = [];
    private readonly List<Rect> _columnAreas = [];
    private long _selected = -1;
    private long _pauseLimit;
    private bool _editingSearch;
    private int _height = 1;

    public TableView(RingBuffer<T> source) => Source = source;

    public RingBuffer<T> Source { get; }
    public List<TableColumn<T>> Columns { get; } = [];
    public bool ShowHeader { get; set; } = true;
    public override bool CanFocus => true;

    /// <summary>Rows for which this returns false are hidden (they stay in the buffer).</summary>
    public Func<T, bool>? RowFilter { get; set; }

    /// <summary>The view shows the newest rows as they come.</summary>
    public bool Following { get; private set; } = true;

    public bool Paused { get; private set; }

    /// <summary>Rows added since the pause that are not shown yet.</summary>
    public long PendingWhilePaused => Paused ? Source.TotalAdded - _pauseLimit : 0;

    public string SearchText { get; private set; } = "";

    /// <summary>A search is being typed on the bottom line.</summary>
    public bool IsEditingSearch => _editingSearch;

    /// <summary>Sequence number of the selected row, or -1.</summary>
    public long SelectedSequence => _selected;

    public T? SelectedRow => Source.TryGetBySequence(_selected, out var row) ? row : default;

    public event Action<T>? Activated;

    public void SetPaused(bool paused)
    {
        Paused = paused;
        _pauseLimit = Source.TotalAdded;
    }

    public void Follow()
    {
        Following = true;
        Refresh();
    }

    public void SetSearch(string text)
    {
        SearchText = text;
        _editingSearch = false;
    }

    /// <summary>Selects the next (or previous) row containing the search text, wrapping; false when none does.</summary>
    public bool FindNext(bool forward = true)
    {
        Refresh();
        if (SearchText.Length == 0 || _visible.Count == 0)
            return false;
        var start = Math.Max(0, _visible.IndexOf(_selected));
        for (var step = 1; step <= _visible.Count; step++)
        {
            var row = ((start + (forward ? step : -step)) % _visible.Count + _visible.Count) % _visible.Count;
            if (Source.TryGetBySequence(_visible[row], out var item) && RowText(item).Contains(SearchText, StringComparison.OrdinalIgnoreCase))
            {
                Following = false;
                SelectRow(row);
                return true;
            }
        }
        return false;
    }

    private string RowText(T item) => string.Join(' ', Columns.Select(c => c.Text(item)));

    private void Refresh()
    {
        _visible.Clear();
        var limit = Paused ? _pauseLimit : Source.TotalAdded;
        for (var i = 0; i < Source.Count; i++)
        {
            var sequence = Source.FirstSequence + i;
            if (sequence >= limit)
                break;
            if (RowFilter is null || RowFilter(Source[i]))
                _visible.Add(sequence);
        }
        if (Following || _selected < 0)
        {
            SelectRow(_visible.Count - 1);
            return;
        }
        // keep the selected row; if it scrolled out of the buffer, take the oldest shown
        var row = _visible.BinarySearch(_selected);
        SelectRow(row >= 0 ? row : Math.Min(~row, _visible.Count - 1));
    }

    private void SelectRow(int row)
    {
        _scroller.Select(row, _visible.Count, _height);
        _selected = _scroller.Selected >= 0 ? _visible[_scroller.Selected] : -1;
    }

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var theme = Theme;
        var top = area.Y;
        var bottomLine = _editingSearch || SearchText.Length > 0 || Paused;
        var bodyHeight = area.Height - (ShowHeader ? 1 : 0) - (bottomLine ? 1 : 0);
        _height = Math.Max(1, bodyHeight);
        Refresh();
        var constraints = Columns.Select(c => c.Width).ToArray();
        var areas = Layout.Split(area, Direction.Horizontal, 1, constraints);
        _columnAreas.Clear();
        _columnAreas.AddRange(areas);
        if (ShowHeader)
        {
            for (var c = 0; c < Columns.Count; c++)
                buffer.SetString(areas[c].X, top, Text.TextFit.Truncate(Columns[c].Header, areas[c].Width), theme.Header, areas[c].Width);
            top++;
        }
        for (var r = 0; r < bodyHeight && _scroller.Offset + r < _visible.Count; r++)
        {
            var row = _scroller.Offset + r;
            if (!Source.TryGetBySequence(_visible[row], out var item))
                continue;
            var selected = row == _scroller.Selected && HasFocus && !Following;
            var y = top + r;
            if (selected)
                buffer.Fill(new Rect(area.X, y, area.Width, 1), Cell.Space(theme.Selection));
            for (var c = 0; c < Columns.Count; c++)
            {
                var column = Columns[c];
                var style = selected ? theme.Selection : column.Style?.Invoke(item) ?? theme.Text;
                DrawCell(buffer, areas[c].X, y, column.Text(item), areas[c].Width, style, theme.Match);
            }
        }
        if (bottomLine)
            DrawBottomLine(buffer, new Rect(area.X, area.Bottom - 1, area.Width, 1), theme);
    }

    private void DrawCell(Buffer buffer, int x, int y, string text, int width, Style style, Style matchStyle)
    {
        var at = SearchText.Length > 0 ? text.IndexOf(SearchText, StringComparison.OrdinalIgnoreCase) : -1;
        if (at < 0)
        {
            buffer.SetString(x, y, Text.TextFit.Truncate(text, width), style, width);
            return;
        }
        var used = buffer.SetString(x, y, text.AsSpan(0, at), style, width);
        used += buffer.SetString(x + used, y, text.AsSpan(at, SearchText.Length), matchStyle, width - used);
        buffer.SetString(x + used, y, text.AsSpan(at + SearchText.Length), style, width - used);
    }

    private void DrawBottomLine(Buffer buffer, Rect line, Theme theme)
    {
        buffer.Fill(line, Cell.Space(theme.Muted));
        var used = 0;
        if (Paused)
            used += buffer.SetString(line.X, line.Y, $" PAUSED +{PendingWhilePaused} ", theme.Indicator, line.Width);
        if (_editingSearch || SearchText.Length > 0)
        {
            used += buffer.SetString(line.X + used, line.Y, " /", theme.Key, line.Width - used);
            buffer.SetString(line.X + used, line.Y, SearchText, theme.Text, line.Width - used);
        }
    }

    public override Rendering.CursorState? Cursor
    {
        get
        {
            if (!_editingSearch)
                return null;
            var paused = Paused ? Text.CharWidth.Of($" PAUSED +{PendingWhilePaused} ") : 0;
            var x = Area.X + paused + 2 + Text.CharWidth.Of(SearchText);
            return Rendering.CursorState.At(Math.Min(Area.Right - 1, x), Area.Bottom - 1);
        }
    }

    public override bool OnKey(KeyEvent e)
    {
        if (_editingSearch)
            return OnSearchKey(e);
        if (e.Modifiers == KeyModifiers.None)
        {
            switch (e.Key)
            {
                case Key.Up: Move(-1); return true;
                case Key.Down: Move(1); return true;
                case Key.PageUp: Move(-_height); return true;
                case Key.PageDown: Move(_height); return true;
                case Key.Home: Move(int.MinValue / 2); return true;
                case Key.End: Follow(); return true;
                case Key.Enter:
                    if (SelectedRow is { } row)
                        Activated?.Invoke(row);
                    return true;
            }
        }
        if (e.IsText)
        {
            switch (e.Rune.Value)
            {
                case ' ':
                    SetPaused(!Paused);
                    return true;
                case '/':
                    _editingSearch = true;
                    SearchText = "";
                    return true;
                case 'n':
                    FindNext(forward: true);
                    return true;
                case 'N':
                    FindNext(forward: false);
                    return true;
            }
        }
        return false;
    }

    private bool OnSearchKey(KeyEvent e)
    {
        if (e.Key == Key.Enter)
        {
            _editingSearch = false;
            FindNext(forward: true);
        }
        else if (e.Key == Key.Escape)
        {
            _editingSearch = false;
            SearchText = "";
        }
        else if (e.Key == Key.Backspace)
        {
            if (SearchText.Length > 0)
                SearchText = SearchText[..^1];
        }
        else if (e.IsText && SearchText.Length < TypeToFilter.MaxLength)
            SearchText += e.Rune.ToString();
        return true;
    }

    private void Move(int delta)
    {
        Refresh();
        if (_visible.Count == 0)
            return;
        var target = (int)Math.Clamp((long)Math.Max(0, _scroller.Selected) + delta, 0, _visible.Count - 1);
        Following = false;
        SelectRow(target);
        if (target == _visible.Count - 1 && delta > 0)
            Following = true; // moving down onto the last row follows the tail again
    }

    public override bool OnMouse(MouseEvent e)
    {
        switch (e.Action)
        {
            case MouseAction.Press when e.Button == MouseButton.Left:
                var row = _scroller.Offset + (e.Y - Area.Y - (ShowHeader ? 1 : 0));
                Refresh();
                if (row >= 0 && row < _visible.Count)
                {
                    Following = false;
                    SelectRow(row);
                }
                return true;
            case MouseAction.WheelUp:
                Move(-RowScroller.WheelStep);
                return true;
            case MouseAction.WheelDown:
                Move(RowScroller.WheelStep);
                return true;
        }
        return false;
    }
}
