using System.Text;
using TelnetTui.Terminal.Emulation;
using TelnetTui.Terminal.Model;

namespace TelnetTui.Terminal.Output;

/// <summary>
/// The screen as text with SGR colours, for people (an art viewer in any terminal). In ANSI-BBS mode
/// the 16 colours are written as 24-bit RGB from the CGA palette, so brown is brown everywhere, and
/// default colours become CGA grey on black.
/// </summary>
public static class ScreenAnsiWriter
{
    public static void Write(Screen screen, TextWriter output, bool includeScrollback, int? rows = null)
    {
        // In CGA mode even default cells get explicit colours, so start from "unknown".
        var cga = screen.Modes.AnsiBbs;
        var first = includeScrollback ? -screen.ScrollbackCount : 0;
        var last = (rows ?? screen.Rows) - 1;
        var cells = new Cell[screen.Columns];
        var sb = new StringBuilder();
        for (var line = first; line <= last; line++)
        {
            var n = screen.ReadLine(line, cells);
            while (n > 0 && cells[n - 1].IsEmpty && cells[n - 1].Background.IsDefault && cells[n - 1].Attributes == CellAttributes.None)
                n--;
            sb.Clear();
            Style? current = cga ? null : Style.Plain;
            for (var i = 0; i < n; i++)
            {
                var cell = cells[i];
                if (cell.Width == 0)
                    continue;
                var style = cell.Style with { HyperlinkId = 0 };
                if (current != style)
                {
                    sb.Append("\e[").Append(Sgr(style, cga, screen.Palette)).Append('m');
                    current = style;
                }
                sb.Append(cell.IsEmpty ? " " : cell.Text);
            }
            if (current is { } c && (cga || c != Style.Plain))
                sb.Append("\e[0m");
            sb.Append('\n');
            output.Write(sb);
        }
    }

    private static string Sgr(in Style style, bool cga, Palette palette)
    {
        var sb = new StringBuilder(SgrReport.Describe(style with { Foreground = Color.Default, Background = Color.Default, Attributes = style.Attributes & ~CellAttributes.Protected }));
        var fg = style.Foreground;
        var bg = style.Background;
        if (cga)
        {
            fg = ToRgb(fg.IsDefault ? Color.Indexed(7) : fg, palette);
            bg = ToRgb(bg.IsDefault ? Color.Indexed(0) : bg, palette);
        }
        SgrReport.AppendColor(sb, fg, 30, 90, 38);
        SgrReport.AppendColor(sb, bg, 40, 100, 48);
        return sb.ToString();
    }

    private static Color ToRgb(Color color, Palette palette)
    {
        if (color.Kind != ColorKind.Indexed)
            return color;
        var (r, g, b) = palette[color.Index];
        return Color.Rgb(r, g, b);
    }
}
