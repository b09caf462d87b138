using TelnetTui.Tui.Input;
using TelnetTui.Tui.Text;

namespace TelnetTui.Tui.Widgets;

/// <summary>
/// Pages under a row of titles; one page shows at a time. Ctrl+PgUp / Ctrl+PgDn (from anywhere inside)
/// switch pages, as does a click on a title.
/// </summary>
public sealed class TabView : Widget
{
    private readonly List<(string Title, Widget Page)> _tabs = [];
    private readonly List<(int Start, int End)> _titleSpans = [];

    public int ActiveIndex { get; private set; }

    public IReadOnlyList<string> Titles => _tabs.Select(t => t.Title).ToList();

    public Widget? ActivePage => _tabs.Count > 0 ? _tabs[ActiveIndex].Page : null;

    /// <summary>Raised when another page becomes active (argument: its index).</summary>
    public event Action<int>? ActiveChanged;

    public TabView Add(string title, Widget page)
    {
        _tabs.Add((title, Adopt(page)));
        return this;
    }

    public void Select(int index)
    {
        if (_tabs.Count == 0)
            return;
        index = ((index % _tabs.Count) + _tabs.Count) % _tabs.Count;
        if (index == ActiveIndex)
            return;
        ActiveIndex = index;
        ActiveChanged?.Invoke(index);
    }

    public override IEnumerable<Widget> Children => ActivePage is { } page ? [page] : [];

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var theme = Theme;
        buffer.Fill(area.Row(0), Cell.Space(theme.Tab));
        _titleSpans.Clear();
        var x = area.X;
        for (var i = 0; i < _tabs.Count; i++)
        {
            var label = $" {_tabs[i].Title} ";
            var width = buffer.SetString(x, area.Y, label, i == ActiveIndex ? theme.TabActive : theme.Tab, area.Right - x);
            _titleSpans.Add((x, x + width));
            x += width;
            if (i < _tabs.Count - 1 && x < area.Right)
                x += buffer.SetString(x, area.Y, "│", theme.Border, area.Right - x);
        }
        ActivePage?.Render(new Rect(area.X, area.Y + 1, area.Width, area.Height - 1), buffer);
    }

    public override bool OnKey(KeyEvent e)
    {
        if (e.Modifiers == KeyModifiers.Ctrl && e.Key is Key.PageUp or Key.PageDown)
        {
            Select(ActiveIndex + (e.Key == Key.PageDown ? 1 : -1));
            return true;
        }
        return false;
    }

    public override bool OnMouse(MouseEvent e)
    {
        if (e.Action != MouseAction.Press || e.Y != Area.Y)
            return false;
        for (var i = 0; i < _titleSpans.Count; i++)
        {
            if (e.X >= _titleSpans[i].Start && e.X < _titleSpans[i].End)
            {
                Select(i);
                return true;
            }
        }
        return false;
    }

    /// <summary>Width of the title row's text (for tests and layout).</summary>
    public int TitlesWidth => _tabs.Sum(t => CharWidth.Of(t.Title) + 2) + Math.Max(0, _tabs.Count - 1);
}
