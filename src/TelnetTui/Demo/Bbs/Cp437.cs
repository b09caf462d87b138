using System.Text;

namespace TelnetTui.Demo.Bbs;

/// <summary>
/// The IBM PC character set as a BBS uses it: 256 glyphs, including the pictures for 0x01–0x1F
/// (☺ ☻ ♥ ♦ ...) and 0x7F (⌂) that .NET's code page 437 treats as controls. Used both ways: to show
/// the CP437 art to a UTF-8 terminal, and to send box drawing and glyphs to a CP437 one. The demo's own
/// table (the terminal emulator has its own; the demo does not depend on it).
/// </summary>
public static class Cp437
{
    private const string LowGlyphs = " ☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼";

    private static readonly char[] Glyphs = BuildGlyphs();
    private static readonly Dictionary<char, byte> Bytes = BuildBytes();

    /// <summary>The glyph of a byte (0x00 is a blank).</summary>
    public static char Glyph(byte b) => Glyphs[b];

    /// <summary>
    /// True for the bytes an ANSI-BBS terminal acts on instead of showing (BEL, BS, TAB, LF, CR, ESC);
    /// DESIGN.md: CP437 mode prints the rest of 0x01–0x1F as glyphs.
    /// </summary>
    public static bool IsControl(byte b) => b is 0x07 or 0x08 or 0x09 or 0x0A or 0x0D or 0x1B;

    /// <summary>The CP437 byte for a character, if it has one.</summary>
    public static bool TryEncode(char c, out byte b) => Bytes.TryGetValue(c, out b);

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
            if (c < 0x80 && (c >= 0x20 || IsControl((byte)c) || c == 0) && c != 0x7F)
                bytes[i] = (byte)c;
            else
                // A glyph whose byte a terminal would act on (♪ is CR) cannot be sent as text.
                bytes[i] = Bytes.TryGetValue(c, out var b) && !IsControl(b) ? b : (byte)'?';
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
            sb.Append(b < 0x80 && (b >= 0x20 || IsControl(b) || b == 0) && b != 0x7F ? (char)b : Glyphs[b]);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static char[] BuildGlyphs()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var table = new char[256];
        for (var i = 0; i < 0x20; i++)
            table[i] = LowGlyphs[i];
        for (var i = 0x20; i < 0x7F; i++)
            table[i] = (char)i;
        table[0x7F] = '⌂';
        var high = Encoding.GetEncoding(437).GetString(Enumerable.Range(0x80, 0x80).Select(i => (byte)i).ToArray());
        high.CopyTo(0, table, 0x80, 0x80);
        return table;
    }

    private static Dictionary<char, byte> BuildBytes()
    {
        var map = new Dictionary<char, byte>();
        for (var i = 1; i < 256; i++)
            map.TryAdd(Glyphs[i], (byte)i);
        return map;
    }
}
