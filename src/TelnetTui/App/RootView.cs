using TelnetTui.Panes;
using TelnetTui.Panes.Terminal;
using TelnetTui.Tui;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.App;

/// <summary>
/// The whole screen: the terminal pane on the left, the open side panes on the right (a draggable
/// divider between), the status line at the bottom.
/// </summary>
public sealed class RootView : Widget
{
    public RootView(TerminalPane terminal, SideColumn side, StatusLine status)
    {
        Name = "root";
        Terminal = terminal;
        Side = side;
        Split = Adopt(new SplitPane(Direction.Horizontal, terminal, side, 0.7) { Name = "split", FirstMinimum = 20, SecondMinimum = 16 });
        Status = Adopt(status);
    }

    public TerminalPane Terminal { get; }
    public SideColumn Side { get; }
    public SplitPane Split { get; }
    public StatusLine Status { get; }

    public override IEnumerable<Widget> Children => [Split, Status];

    protected override void OnRender(Rect area, Buffer buffer)
    {
        Split.SecondVisible = Side.AnyOpen;
        Split.Render(new Rect(area.X, area.Y, area.Width, Math.Max(0, area.Height - 1)), buffer);
        Status.Render(area.Row(area.Height - 1), buffer);
    }
}
