using TelnetTui.Tui.Text;

namespace TelnetTui.Tui.Widgets;

/// <summary>Lines of styled text, cut at the right edge with "…" (not focusable).</summary>
public sealed class Label : Widget
{
    public Label(string text = "", Style? style = null)
    {
        Text = text;
        Style = style;
    }

    public string Text { get; set; }

    /// <summary>The style, or the theme's text style when null.</summary>
    public Style? Style { get; set; }

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var style = Style ?? Theme.Text;
        var lines = Text.Split('\n');
        for (var i = 0; i < lines.Length && i < area.Height; i++)
            buffer.SetString(area.X, area.Y + i, TextFit.Truncate(lines[i], area.Width), style, area.Width);
    }
}
