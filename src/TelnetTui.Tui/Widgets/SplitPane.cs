using TelnetTui.Tui.Input;

namespace TelnetTui.Tui.Widgets;

/// <summary>
/// Two widgets side by side (<see cref="Direction.Horizontal"/>) or stacked (<see cref="Direction.Vertical"/>)
/// with a one-cell divider between them. The divider keeps its position as a fraction of the space, so a
/// window resize re-lays both panes; it moves by dragging it with the mouse or through <see cref="MoveDivider"/>.
/// The second pane can be hidden, giving the first all the space.
/// </summary>
public sealed class SplitPane : Widget
{
    private readonly Widget _first;
    private readonly Widget _second;
    private bool _dragging;
    private Rect _divider;

    public SplitPane(Direction direction, Widget first, Widget second, double ratio = 0.5)
    {
        Direction = direction;
        _first = Adopt(first);
        _second = Adopt(second);
        Ratio = ratio;
    }

    public Direction Direction { get; }
    public Widget First => _first;
    public Widget Second => _second;

    /// <summary>The first pane's share of the space (0–1).</summary>
    public double Ratio { get; set => field = Math.Clamp(value, 0, 1); }

    /// <summary>Smallest size of each pane in cells; the divider stops there.</summary>
    public int FirstMinimum { get; set; } = 3;
    public int SecondMinimum { get; set; } = 3;

    public bool SecondVisible { get; set; } = true;

    /// <summary>True while the divider is being dragged (it is drawn highlighted).</summary>
    public bool IsDragging => _dragging;

    public override IEnumerable<Widget> Children => SecondVisible ? [_first, _second] : [_first];

    /// <summary>Moves the divider by <paramref name="cells"/> (positive: right or down).</summary>
    public void MoveDivider(int cells)
    {
        var total = Total(Area);
        if (total <= 1)
            return;
        SetPosition(Position(Area) + cells, Area);
    }

    private int Total(Rect area) => (Direction == Direction.Horizontal ? area.Width : area.Height) - 1;

    /// <summary>Cells given to the first pane in <paramref name="area"/>.</summary>
    public int Position(Rect area)
    {
        var total = Total(area);
        if (total <= 0)
            return 0;
        var position = (int)Math.Round(Ratio * total);
        var max = total - Math.Min(SecondMinimum, total / 2);
        var min = Math.Min(FirstMinimum, total / 2);
        return Math.Clamp(position, min, Math.Max(min, max));
    }

    private void SetPosition(int position, Rect area)
    {
        var total = Total(area);
        if (total <= 0)
            return;
        position = Math.Clamp(position, Math.Min(FirstMinimum, total / 2), Math.Max(0, total - Math.Min(SecondMinimum, total / 2)));
        Ratio = (double)position / total;
    }

    protected override void OnRender(Rect area, Buffer buffer)
    {
        if (!SecondVisible)
        {
            _divider = Rect.Empty;
            _first.Render(area, buffer);
            return;
        }
        var position = Position(area);
        var style = _dragging ? Theme.DividerActive : Theme.Divider;
        if (Direction == Direction.Horizontal)
        {
            _divider = new Rect(area.X + position, area.Y, 1, area.Height);
            _first.Render(new Rect(area.X, area.Y, position, area.Height), buffer);
            _second.Render(new Rect(_divider.Right, area.Y, area.Right - _divider.Right, area.Height), buffer);
            buffer.Fill(_divider, new Cell('│', style));
        }
        else
        {
            _divider = new Rect(area.X, area.Y + position, area.Width, 1);
            _first.Render(new Rect(area.X, area.Y, area.Width, position), buffer);
            _second.Render(new Rect(area.X, _divider.Bottom, area.Width, area.Bottom - _divider.Bottom), buffer);
            buffer.Fill(_divider, new Cell('─', style));
        }
    }

    public override bool OnMouse(MouseEvent e)
    {
        switch (e.Action)
        {
            case MouseAction.Press when e.Button == MouseButton.Left && _divider.Contains(e.X, e.Y):
                _dragging = true;
                return true;
            case MouseAction.Drag when _dragging:
                SetPosition(Direction == Direction.Horizontal ? e.X - Area.X : e.Y - Area.Y, Area);
                return true;
            case MouseAction.Release when _dragging:
                _dragging = false;
                return true;
        }
        return false;
    }
}
