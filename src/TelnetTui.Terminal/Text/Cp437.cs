namespace TelnetTui.Terminal.Text;

/// <summary>
/// IBM PC code page 437 as BBS art uses it: all 256 bytes are glyphs, including 0x01–0x1F (☺☻♥…)
/// and 0x7F (⌂), which .NET's IBM437 turns into controls. Both directions, with no best-fit:
/// a character outside the table has no encoding.
/// </summary>
public static class Cp437
{
    /// <summary>Byte sent for a character that has no CP437 encoding.</summary>
    public const byte Replacement = (byte)'?';

    private static readonly char[] Glyphs = BuildGlyphs();
    private static readonly Dictionary<char, byte> Reverse = BuildReverse();

    /// <summary>The glyph shown for <paramref name="b"/> (0x00 is U+0000, shown blank).</summary>
    public static char ToChar(byte b) => Glyphs[b];

    /// <summary>The 256 glyphs, indexed by byte.</summary>
    public static ReadOnlySpan<char> Table => Glyphs;

    /// <summary>
    /// The byte for <paramref name="c"/>: a table glyph, or a C0 control / DEL itself (typed keys such as
    /// Ctrl+A must reach the host as 0x01). False when CP437 has no such character.
    /// </summary>
    public static bool TryEncode(char c, out byte b)
    {
        if (c < 0x20 || c == 0x7F)
        {
            b = (byte)c;
            return true;
        }
        return Reverse.TryGetValue(c, out b);
    }

    /// <summary>
    /// Encodes text into <paramref name="destination"/> (one byte per UTF-16 unit at most); characters
    /// without a CP437 byte become <see cref="Replacement"/>. Returns the number of bytes written.
    /// </summary>
    public static int Encode(ReadOnlySpan<char> text, Span<byte> destination)
    {
        var written = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++; // a supplementary-plane character is one unmappable character, not two
            destination[written++] = TryEncode(c, out var b) && !char.IsSurrogate(c) ? b : Replacement;
        }
        return written;
    }

    private static char[] BuildGlyphs()
    {
        // 0x00–0x1F: the VGA ROM glyphs for the C0 range (IBM PC character set; Unicode mappings as in Unicode's "IBM PC" charts).
        const string low = "\u0000\u263A\u263B\u2665\u2666\u2663\u2660\u2022\u25D8\u25CB\u25D9\u2642\u2640\u266A\u266B\u263C" +
                           "\u25BA\u25C4\u2195\u203C\u00B6\u00A7\u25AC\u21A8\u2191\u2193\u2192\u2190\u221F\u2194\u25B2\u25BC";
        // 0x80–0xFF: code page 437's upper half.
        const string high =
            "\u00C7\u00FC\u00E9\u00E2\u00E4\u00E0\u00E5\u00E7\u00EA\u00EB\u00E8\u00EF\u00EE\u00EC\u00C4\u00C5" +
            "\u00C9\u00E6\u00C6\u00F4\u00F6\u00F2\u00FB\u00F9\u00FF\u00D6\u00DC\u00A2\u00A3\u00A5\u20A7\u0192" +
            "\u00E1\u00ED\u00F3\u00FA\u00F1\u00D1\u00AA\u00BA\u00BF\u2310\u00AC\u00BD\u00BC\u00A1\u00AB\u00BB" +
            "\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510" +
            "\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567" +
            "\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580" +
            "\u03B1\u00DF\u0393\u03C0\u03A3\u03C3\u00B5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229" +
            "\u2261\u00B1\u2265\u2264\u2320\u2321\u00F7\u2248\u00B0\u2219\u00B7\u221A\u207F\u00B2\u25A0\u00A0";
        var glyphs = new char[256];
        for (var i = 0; i < 0x20; i++)
            glyphs[i] = low[i];
        for (var i = 0x20; i < 0x7F; i++)
            glyphs[i] = (char)i;
        glyphs[0x7F] = '\u2302'; // ⌂
        for (var i = 0; i < 0x80; i++)
            glyphs[0x80 + i] = high[i];
        return glyphs;
    }

    private static Dictionary<char, byte> BuildReverse()
    {
        var reverse = new Dictionary<char, byte>(256);
        for (var i = 0; i < 256; i++)
            reverse.TryAdd(Glyphs[i], (byte)i);
        return reverse;
    }
}
