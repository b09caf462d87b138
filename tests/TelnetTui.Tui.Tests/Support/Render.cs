using TelnetTui.Tui.App;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Tui.Tests.Support;

/// <summary>Renders a widget into a fresh in-memory buffer, optionally with focus on it (or on a child).</summary>
public static class Render
{
    public static Buffer Widget(Widget widget, int width, int height, Widget? focus = null)
    {
        Unfocus(widget);
        if (focus is not null)
            new FocusManager().SetFocus(focus);
        var buffer = new Buffer(width, height);
        widget.Render(buffer.Area, buffer);
        return buffer;
    }

    private static void Unfocus(Widget widget)
    {
        widget.HasFocus = false;
        widget.HasFocusWithin = false;
        foreach (var child in widget.Children)
            Unfocus(child);
    }
}
