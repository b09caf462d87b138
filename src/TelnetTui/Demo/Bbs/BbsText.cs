using System.Text;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Demo.Bbs;

/// <summary>
/// Text for a BBS caller in the IBM PC character set, through the terminal's CP437 glyph table
/// (<see cref="Cp437"/>): to send box drawing and glyphs to a CP437 terminal, and to show CP437 art to a
/// UTF-8 one.
/// </summary>
public static class BbsText
{
    /// <summary>
    /// True for the bytes an ANSI-BBS terminal acts on instead of showing (BEL, BS, TAB, LF, CR, ESC);
    /// DESIGN.md: CP437 mode prints the rest of 0x01–0x1F as glyphs.
    /// </summary>
    public static bool IsControl(byte b) => b is 0x07 or 0x08 or 0x09 or 0x0A or 0x0D or 0x1B;

    /// <summary>The glyph of a byte, with 0x00 as a blank.</summary>
    public static char Glyph(byte b) => b == 0 ? ' ' : Cp437.ToChar(b);

    /// <summary>
    /// Text → CP437: printable ASCII and the controls as they are, every other character through the glyph
    /// table, '?' for what CP437 cannot show or what would arrive as a control (•, ◘, ○, ◙, ♪, ←).
    /// </summary>
    public static byte[] Encode(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsPassedThrough(c))
                bytes[i] = (byte)c;
            else
                // A glyph whose byte a terminal would act on (♪ is CR) cannot be sent as text.
                bytes[i] = c >= 0x80 && Cp437.TryEncode(c, out var b) && !IsControl(b) ? b : Cp437.Replacement;
        }
        return bytes;
    }

    /// <summary>
    /// CP437 bytes (art with ANSI escapes) → UTF-8: controls and ASCII stay, every other byte becomes its
    /// glyph, so the same art shows on a UTF-8 terminal.
    /// </summary>
    public static byte[] ToUtf8(ReadOnlySpan<byte> cp437)
    {
        var sb = new StringBuilder(cp437.Length);
        foreach (var b in cp437)
            sb.Append(IsPassedThrough((char)b) ? (char)b : Cp437.ToChar(b));
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>Printable ASCII, NUL and the controls a BBS terminal acts on travel as themselves.</summary>
    private static bool IsPassedThrough(char c) => c < 0x80 && (c >= 0x20 || c == 0 || IsControl((byte)c)) && c != 0x7F;
}
