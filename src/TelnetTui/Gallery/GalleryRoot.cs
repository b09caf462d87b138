using TelnetTui.Tui;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Gallery;

/// <summary>The gallery's screen: the panes on top, the input line, the status bar at the bottom.</summary>
internal sealed class GalleryRoot : Widget
{
    private readonly Widget _main;
    private readonly Widget _input;
    private readonly Widget _status;

    public GalleryRoot(Widget main, Widget input, Widget status)
    {
        _main = Adopt(main);
        _input = Adopt(input);
        _status = Adopt(status);
    }

    public override IEnumerable<Widget> Children => [_main, _input, _status];

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var rows = Layout.Split(area, Direction.Vertical, Constraint.Fill(), Constraint.Length(1), Constraint.Length(1));
        _main.Render(rows[0], buffer);
        _input.Render(rows[1], buffer);
        _status.Render(rows[2], buffer);
    }
}
