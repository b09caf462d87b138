using System.Text;

namespace TelnetTui.Demo.Bbs;

/// <summary>
/// All 256 CP437 glyphs in a 16 x 16 grid with hex row and column headings. In CP437 the bytes a
/// terminal acts on (NUL, BEL, BS, TAB, LF, CR, ESC) cannot be shown and appear as a dim dot; in UTF-8
/// their pictures are sent too.
/// </summary>
internal static class CharsetChart
{
    public static Task ShowAsync(BbsArea bbs)
    {
        var sb = new StringBuilder(Ansi.ClearScreen);
        sb.Append(Ansi.Colour(Ansi.Cyan, true)).Append("  CP437 ").Append(Ansi.Colour(Ansi.Grey)).Append("- all 256 glyphs, as ")
            .Append(bbs.Utf8 ? "UTF-8" : "CP437 bytes").Append("\r\n\r\n");
        sb.Append(Ansi.Colour(Ansi.Blue, true)).Append("      ");
        for (var col = 0; col < 16; col++)
            sb.Append("0123456789ABCDEF"[col]).Append(' ');
        sb.Append("\r\n");
        for (var row = 0; row < 16; row++)
        {
            sb.Append(Ansi.Colour(Ansi.Blue, true)).Append("   ").Append("0123456789ABCDEF"[row]).Append("x ");
            for (var col = 0; col < 16; col++)
            {
                var b = (byte)(row * 16 + col);
                if (!bbs.Utf8 && (b == 0 || BbsText.IsControl(b)))
                    sb.Append(Ansi.Colour(Ansi.Black, true)).Append('·');
                else
                    sb.Append(Ansi.Colour(row < 2 ? Ansi.Brown : row < 8 ? Ansi.Grey : Ansi.Cyan, row < 2 || row >= 11)).Append(BbsText.Glyph(b));
                sb.Append(' ');
            }
            sb.Append("\r\n");
        }
        sb.Append("\r\n").Append(Ansi.Colour(Ansi.Grey)).Append("  Any key returns to the menu.").Append(Ansi.Reset);
        return bbs.WriteAsync(sb.ToString());
    }
}
