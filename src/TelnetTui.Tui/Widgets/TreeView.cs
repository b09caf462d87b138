using TelnetTui.Tui.Input;

namespace TelnetTui.Tui.Widgets;

/// <summary>
/// A tree with one selected row and type-to-filter (hosts by tag, GMCP data): Up/Down/PgUp/PgDn/Home/End
/// move; Right opens a node or steps into it, Left closes it or steps out; Space toggles; Enter activates
/// (and toggles a node with children). While a filter is typed, matching nodes show with their ancestors,
/// all open.
/// </summary>
public sealed class TreeView<T> : Widget
{
    private readonly RowScroller _scroller = new();
    private readonly List<(TreeNode<T> Node, int Depth)> _rows = [];
    private TreeNode<T>? _selected;
    private int _height = 1;

    public List<TreeNode<T>> Roots { get; } = [];
    public TypeToFilter Filter { get; } = new();
    public override bool CanFocus => true;

    public TreeNode<T>? SelectedNode => _selected;

    /// <summary>The rows shown now: node and depth, top to bottom.</summary>
    public IReadOnlyList<(TreeNode<T> Node, int Depth)> Rows
    {
        get
        {
            Rebuild();
            return _rows;
        }
    }

    public event Action<TreeNode<T>>? Activated;
    public event Action<TreeNode<T>?>? SelectionChanged;

    public TreeNode<T> Add(T value, string text)
    {
        var node = new TreeNode<T>(value, text);
        Roots.Add(node);
        return node;
    }

    public void Select(TreeNode<T> node)
    {
        for (var p = node.Parent; p is not null; p = p.Parent)
            p.Expanded = true;
        Rebuild();
        var row = _rows.FindIndex(r => r.Node == node);
        if (row >= 0)
            SelectRow(row);
    }

    private void Rebuild()
    {
        _rows.Clear();
        foreach (var root in Roots)
            Flatten(root, 0);
    }

    // Returns whether the node (or something under it) is shown.
    private bool Flatten(TreeNode<T> node, int depth)
    {
        if (!Filter.IsActive)
        {
            _rows.Add((node, depth));
            if (node.Expanded)
            {
                foreach (var child in node.Children)
                    Flatten(child, depth + 1);
            }
            return true;
        }
        var index = _rows.Count;
        var any = false;
        _rows.Add((node, depth));
        foreach (var child in node.Children)
            any |= Flatten(child, depth + 1);
        if (any || Filter.Match(node.Text) >= 0)
            return true;
        _rows.RemoveRange(index, _rows.Count - index);
        return false;
    }

    private void SelectRow(int row)
    {
        _scroller.Select(row, _rows.Count, _height);
        var node = _scroller.Selected >= 0 ? _rows[_scroller.Selected].Node : null;
        if (node != _selected)
        {
            _selected = node;
            SelectionChanged?.Invoke(node);
        }
    }

    private void Reselect()
    {
        Rebuild();
        var row = _selected is null ? -1 : _rows.FindIndex(r => r.Node == _selected);
        SelectRow(row >= 0 ? row : 0);
    }

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var theme = Theme;
        Reselect();
        var listHeight = Filter.IsActive ? area.Height - 1 : area.Height;
        _height = Math.Max(1, listHeight);
        _scroller.Clamp(_rows.Count, _height);
        for (var r = 0; r < listHeight && _scroller.Offset + r < _rows.Count; r++)
        {
            var row = _scroller.Offset + r;
            var (node, depth) = _rows[row];
            var selected = row == _scroller.Selected;
            var style = selected ? (HasFocus ? theme.Selection : theme.SelectionUnfocused) : theme.Text;
            if (selected)
                buffer.Fill(area.Row(r), Cell.Space(style));
            var open = node.Expanded || Filter.IsActive;
            var marker = node.HasChildren ? (open ? "▾ " : "▸ ") : "  ";
            var prefix = new string(' ', Math.Min(depth * 2, area.Width)) + marker;
            var used = buffer.SetString(area.X, area.Y + r, prefix, style, area.Width);
            Filter.Draw(buffer, area.X + used, area.Y + r, node.Text, area.Width - used, style, theme.Match);
        }
        if (Filter.IsActive)
        {
            buffer.Fill(area.Row(area.Height - 1), Cell.Space(theme.Muted));
            var used = buffer.SetString(area.X, area.Bottom - 1, "/", theme.Key, area.Width);
            buffer.SetString(area.X + used, area.Bottom - 1, Filter.Text, theme.Text, area.Width - used);
        }
    }

    public override bool OnKey(KeyEvent e)
    {
        Reselect();
        var node = _selected;
        if (e.Modifiers == KeyModifiers.None)
        {
            switch (e.Key)
            {
                case Key.Up: SelectRow(Math.Max(0, _scroller.Selected - 1)); return true;
                case Key.Down: SelectRow(Math.Min(_rows.Count - 1, _scroller.Selected + 1)); return true;
                case Key.PageUp: SelectRow(Math.Max(0, _scroller.Selected - _height)); return true;
                case Key.PageDown: SelectRow(Math.Min(_rows.Count - 1, _scroller.Selected + _height)); return true;
                case Key.Home: SelectRow(0); return true;
                case Key.End: SelectRow(_rows.Count - 1); return true;
                case Key.Right when node is not null:
                    if (node.HasChildren && !node.Expanded && !Filter.IsActive)
                        node.Expanded = true;
                    else if (node.HasChildren)
                        Select(node.Children[0]);
                    Reselect();
                    return true;
                case Key.Left when node is not null:
                    if (node.HasChildren && node.Expanded && !Filter.IsActive)
                        node.Expanded = false;
                    else if (node.Parent is not null)
                        Select(node.Parent);
                    Reselect();
                    return true;
                case Key.Enter when node is not null:
                    if (node.HasChildren)
                        node.Expanded = !node.Expanded;
                    Activated?.Invoke(node);
                    Reselect();
                    return true;
            }
        }
        if (e.IsText && e.Rune.Value == ' ' && !Filter.IsActive && node is not null)
        {
            node.Expanded = !node.Expanded;
            Reselect();
            return true;
        }
        if (Filter.OnKey(e))
        {
            Reselect();
            return true;
        }
        return false;
    }

    public override bool OnMouse(MouseEvent e)
    {
        switch (e.Action)
        {
            case MouseAction.Press when e.Button == MouseButton.Left:
                var row = _scroller.Offset + (e.Y - Area.Y);
                if (row >= 0 && row < _rows.Count && e.Y - Area.Y < _height)
                {
                    var wasSelected = row == _scroller.Selected;
                    SelectRow(row);
                    if (wasSelected && _rows[row].Node.HasChildren)
                        _rows[row].Node.Expanded = !_rows[row].Node.Expanded;
                }
                return true;
            case MouseAction.WheelUp or MouseAction.WheelDown:
                _scroller.Scroll(e.Action == MouseAction.WheelUp ? -RowScroller.WheelStep : RowScroller.WheelStep, _rows.Count, _height);
                SelectRow(_scroller.Selected);
                return true;
        }
        return false;
    }
}
