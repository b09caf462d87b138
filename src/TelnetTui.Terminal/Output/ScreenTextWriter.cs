using TelnetTui.Terminal.Model;

namespace TelnetTui.Terminal.Output;

/// <summary>The screen as plain text: one line per row, trailing blanks (empty cells and spaces) trimmed, wide characters once.</summary>
public static class ScreenTextWriter
{
    /// <param name="rows">Screen rows to write (from the top); all of them when null.</param>
    public static void Write(Screen screen, TextWriter output, bool includeScrollback, int? rows = null)
    {
        var first = includeScrollback ? -screen.ScrollbackCount : 0;
        var last = (rows ?? screen.Rows) - 1;
        for (var line = first; line <= last; line++)
        {
            output.Write(screen.GetLineText(line).TrimEnd(' '));
            output.Write('\n');
        }
    }
}
