using TelnetTui.Tui;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.App;

/// <summary>The side panes that are open, one above the other, sharing the height equally.</summary>
public sealed class SideColumn : Widget
{
    private readonly List<(string Key, Panel Panel)> _panes = [];
    private readonly HashSet<string> _open = new(StringComparer.Ordinal);

    public SideColumn() => Name = "side";

    public SideColumn Add(string key, Panel panel)
    {
        _panes.Add((key, Adopt(panel)));
        return this;
    }

    public bool IsOpen(string key) => _open.Contains(key);

    public void SetOpen(string key, bool open)
    {
        if (open)
            _open.Add(key);
        else
            _open.Remove(key);
    }

    public bool AnyOpen => _open.Count > 0;

    public IEnumerable<string> OpenKeys => _panes.Where(p => _open.Contains(p.Key)).Select(p => p.Key);

    public Panel Panel(string key) => _panes.First(p => p.Key == key).Panel;

    public override IEnumerable<Widget> Children => _panes.Where(p => _open.Contains(p.Key)).Select(p => (Widget)p.Panel);

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var open = _panes.Where(p => _open.Contains(p.Key)).Select(p => p.Panel).ToList();
        foreach (var (_, panel) in _panes)
        {
            if (!open.Contains(panel))
                panel.Render(Rect.Empty, buffer);
        }
        if (open.Count == 0)
            return;
        var constraints = open.Select(_ => Constraint.Fill()).ToArray();
        var areas = Layout.Split(area, Direction.Vertical, constraints);
        for (var i = 0; i < open.Count; i++)
            open[i].Render(areas[i], buffer);
    }
}
