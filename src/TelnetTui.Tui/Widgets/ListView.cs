using TelnetTui.Tui.Input;

namespace TelnetTui.Tui.Widgets;

/// <summary>
/// A scrolling list with one selected row and type-to-filter (the connection book): Up/Down, PgUp/PgDn,
/// Home/End move; typing filters (matches highlighted, "/filter n/m" on the last row); Enter activates;
/// a click selects, the wheel scrolls.
/// </summary>
public sealed class ListView<T> : Widget
{
    private readonly RowScroller _scroller = new();
    private readonly List<int> _visible = [];
    private IReadOnlyList<T> _items = [];
    private int _selectedSource = -1;
    private int _height = 1;

    public ListView(Func<T, string> textOf) => TextOf = textOf;

    public Func<T, string> TextOf { get; set; }

    /// <summary>Per-item style (e.g. a favourite host), else the theme's text style.</summary>
    public Func<T, Style?>? StyleOf { get; set; }

    public TypeToFilter Filter { get; } = new();

    public override bool CanFocus => true;

    public IReadOnlyList<T> Items
    {
        get => _items;
        set
        {
            _items = value;
            Refresh();
        }
    }

    /// <summary>Index in <see cref="Items"/> of the selected item, or -1.</summary>
    public int SelectedIndex => _selectedSource;

    public T? SelectedItem => _selectedSource >= 0 && _selectedSource < _items.Count ? _items[_selectedSource] : default;

    /// <summary>Indexes in <see cref="Items"/> of the rows shown (after filtering), top to bottom.</summary>
    public IReadOnlyList<int> VisibleIndexes => _visible;

    public event Action<T>? Activated;
    public event Action<T?>? SelectionChanged;

    public void Select(int sourceIndex)
    {
        Refresh();
        var row = _visible.IndexOf(sourceIndex);
        if (row >= 0)
            SelectRow(row);
    }

    /// <summary>Recomputes the visible rows after the items or the filter changed, keeping the selection if it still shows.</summary>
    public void Refresh()
    {
        _visible.Clear();
        for (var i = 0; i < _items.Count; i++)
        {
            if (Filter.Match(TextOf(_items[i])) >= 0)
                _visible.Add(i);
        }
        var row = _visible.IndexOf(_selectedSource);
        SelectRow(row >= 0 ? row : 0);
    }

    private void SelectRow(int row)
    {
        _scroller.Select(row, _visible.Count, _height);
        var source = _scroller.Selected >= 0 ? _visible[_scroller.Selected] : -1;
        if (source != _selectedSource)
        {
            _selectedSource = source;
            SelectionChanged?.Invoke(SelectedItem);
        }
    }

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var theme = Theme;
        var listHeight = Filter.IsActive ? area.Height - 1 : area.Height;
        _height = Math.Max(1, listHeight);
        _scroller.Clamp(_visible.Count, _height);
        for (var r = 0; r < listHeight && _scroller.Offset + r < _visible.Count; r++)
        {
            var row = _scroller.Offset + r;
            var item = _items[_visible[row]];
            var selected = row == _scroller.Selected;
            var style = selected ? (HasFocus ? theme.Selection : theme.SelectionUnfocused) : StyleOf?.Invoke(item) ?? theme.Text;
            var y = area.Y + r;
            if (selected)
                buffer.Fill(area.Row(r), Cell.Space(style));
            Filter.Draw(buffer, area.X, y, TextOf(item), area.Width, style, theme.Match);
        }
        if (Filter.IsActive)
        {
            var y = area.Bottom - 1;
            var count = $" {_visible.Count}/{_items.Count}";
            buffer.Fill(area.Row(area.Height - 1), Cell.Space(theme.Muted));
            var used = buffer.SetString(area.X, y, "/", theme.Key, area.Width);
            buffer.SetString(area.X + used, y, Filter.Text, theme.Text, area.Width - used - count.Length);
            buffer.SetString(Math.Max(area.X, area.Right - count.Length), y, count, theme.Muted);
        }
    }

    public override bool OnKey(KeyEvent e)
    {
        var handled = e.Modifiers == KeyModifiers.None && e.Key switch
        {
            Key.Up => Move(-1),
            Key.Down => Move(1),
            Key.PageUp => Move(-_height),
            Key.PageDown => Move(_height),
            Key.Home => Move(int.MinValue / 2),
            Key.End => Move(int.MaxValue / 2),
            _ => false,
        };
        if (handled)
            return true;
        if (e.Key == Key.Enter && e.Modifiers == KeyModifiers.None)
        {
            if (SelectedItem is { } item)
                Activated?.Invoke(item);
            return true;
        }
        if (Filter.OnKey(e))
        {
            Refresh();
            return true;
        }
        return false;
    }

    private bool Move(int delta)
    {
        var target = (long)Math.Max(0, _scroller.Selected) + delta;
        SelectRow((int)Math.Clamp(target, 0, Math.Max(0, _visible.Count - 1)));
        return true;
    }

    public override bool OnMouse(MouseEvent e)
    {
        switch (e.Action)
        {
            case MouseAction.Press when e.Button == MouseButton.Left:
                var row = _scroller.Offset + (e.Y - Area.Y);
                if (row >= 0 && row < _visible.Count && e.Y - Area.Y < _height)
                    SelectRow(row);
                return true;
            case MouseAction.WheelUp or MouseAction.WheelDown:
                _scroller.Scroll(e.Action == MouseAction.WheelUp ? -RowScroller.WheelStep : RowScroller.WheelStep, _visible.Count, _height);
                SelectRow(_scroller.Selected);
                return true;
        }
        return false;
    }
}
