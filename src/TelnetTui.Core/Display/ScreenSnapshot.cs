using System.Globalization;
using System.Text;
using TelnetTui.Terminal;
using TelnetTui.Terminal.Model;

namespace TelnetTui.Core.Display;

/// <summary>
/// The visible screen as an escape-sequence stream that redraws it on a terminal of the same size:
/// each row's cells with their renditions, then the cursor. A capture started mid-session begins
/// with it, so its replay starts from what the user saw (scrollback is not reproduced).
/// </summary>
public static class ScreenSnapshot
{
    public static string Encode(VirtualTerminal terminal)
    {
        var screen = terminal.Screen;
        var sb = new StringBuilder(screen.Columns * screen.Rows + 64);
        // No autowrap while drawing: writing the bottom-right cell must not scroll (ANSI-BBS wraps at once).
        sb.Append("\e[0m\e[?7l\e[H\e[2J");
        var cells = new Cell[screen.Columns];
        for (var row = 0; row < screen.Rows; row++)
        {
            var n = screen.ReadLine(row, cells);
            while (n > 0 && cells[n - 1].IsEmpty && cells[n - 1].Style == Style.Plain)
                n--;
            if (n == 0)
                continue;
            sb.Append("\e[").Append(row + 1).Append(";1H");
            var current = Style.Plain;
            for (var i = 0; i < n; i++)
            {
                var cell = cells[i];
                if (cell.Width == 0)
                    continue;
                var style = cell.Style with { HyperlinkId = 0 };
                if (style != current)
                {
                    sb.Append("\e[").Append(Sgr(style)).Append('m');
                    current = style;
                }
                sb.Append(cell.IsEmpty ? " " : cell.Text);
            }
            sb.Append("\e[0m");
        }
        if (screen.Modes.AutoWrap)
            sb.Append("\e[?7h");
        var cursor = screen.Cursor;
        sb.Append("\e[").Append(cursor.Row + 1).Append(';').Append(cursor.Column + 1).Append('H');
        return sb.ToString();
    }

    /// <summary>SGR parameters for a rendition (ECMA-48 §8.3.117; 38/48 extended colours as xterm writes them).</summary>
    public static string Sgr(in Style style)
    {
        var sb = new StringBuilder("0");
        var a = style.Attributes;
        if ((a & CellAttributes.Bold) != 0) sb.Append(";1");
        if ((a & CellAttributes.Faint) != 0) sb.Append(";2");
        if ((a & CellAttributes.Italic) != 0) sb.Append(";3");
        sb.Append(style.Underline switch
        {
            UnderlineStyle.None => "",
            UnderlineStyle.Single => ";4",
            UnderlineStyle.Double => ";21",
            _ => ";4:" + ((int)style.Underline).ToString(CultureInfo.InvariantCulture),
        });
        if ((a & CellAttributes.Blink) != 0) sb.Append(";5");
        if ((a & CellAttributes.Inverse) != 0) sb.Append(";7");
        if ((a & CellAttributes.Hidden) != 0) sb.Append(";8");
        if ((a & CellAttributes.Strikethrough) != 0) sb.Append(";9");
        if ((a & CellAttributes.Overline) != 0) sb.Append(";53");
        Colour(sb, style.Foreground, 30, 90, 38);
        Colour(sb, style.Background, 40, 100, 48);
        if (!style.UnderlineColor.IsDefault)
            Colour(sb, style.UnderlineColor, -1, -1, 58);
        return sb.ToString();
    }

    private static void Colour(StringBuilder sb, Color color, int normal, int bright, int extended)
    {
        switch (color.Kind)
        {
            case ColorKind.Indexed when color.Index < 8 && normal >= 0:
                sb.Append(';').Append(normal + color.Index);
                break;
            case ColorKind.Indexed when color.Index < 16 && bright >= 0:
                sb.Append(';').Append(bright + color.Index - 8);
                break;
            case ColorKind.Indexed:
                sb.Append(';').Append(extended).Append(";5;").Append(color.Index);
                break;
            case ColorKind.Rgb:
                sb.Append(';').Append(extended).Append(";2;").Append(color.R).Append(';').Append(color.G).Append(';').Append(color.B);
                break;
        }
    }
}
