using TelnetTui.Tui.Text;

namespace TelnetTui.Tui.Widgets;

/// <summary>Draws a box-drawing border (U+250x light lines) with an optional title in the top edge.</summary>
public static class Border
{
    /// <summary>Draws the border of <paramref name="area"/> and returns the inside.</summary>
    public static Rect Draw(Buffer buffer, Rect area, Style style, string? title = null, Style titleStyle = default, string? rightTitle = null)
    {
        if (area.Width < 2 || area.Height < 2)
            return Rect.Empty;
        int left = area.X, right = area.Right - 1, top = area.Y, bottom = area.Bottom - 1;
        for (var x = left + 1; x < right; x++)
        {
            buffer.Set(x, top, new Cell('─', style));
            buffer.Set(x, bottom, new Cell('─', style));
        }
        for (var y = top + 1; y < bottom; y++)
        {
            buffer.Set(left, y, new Cell('│', style));
            buffer.Set(right, y, new Cell('│', style));
        }
        buffer.Set(left, top, new Cell('┌', style));
        buffer.Set(right, top, new Cell('┐', style));
        buffer.Set(left, bottom, new Cell('└', style));
        buffer.Set(right, bottom, new Cell('┘', style));
        var room = area.Width - 4;
        if (!string.IsNullOrEmpty(rightTitle) && room > 0)
        {
            var text = " " + TextFit.Truncate(rightTitle, Math.Max(0, room / 2 - 2)) + " ";
            var w = CharWidth.Of(text);
            buffer.SetString(right - 1 - w, top, text, titleStyle);
            room -= w + 1;
        }
        if (!string.IsNullOrEmpty(title) && room > 2)
            buffer.SetString(left + 1, top, " " + TextFit.Truncate(title, room - 2) + " ", titleStyle);
        return area.Inset(1);
    }
}
