using System.Text;
using TelnetTui.Terminal;
using TelnetTui.Terminal.Emulation;
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
                    sb.Append("\e[").Append(SgrReport.Describe(style)).Append('m');
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
}
