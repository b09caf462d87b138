namespace TelnetTui.Tools.WidthTableGenerator;

/// <summary>
/// The column width of every code point, as terminals use it:
/// 0 for combining and format characters, 2 for East Asian Wide/Fullwidth and emoji presentation, else 1.
/// </summary>
public static class WidthRules
{
    public static byte[] Compute(string unicodeDirectory)
    {
        var widths = new byte[0x110000];
        Array.Fill(widths, (byte)1);

        // UAX #11 (EastAsianWidth.txt header): unlisted code points in these blocks default to W.
        foreach (var (first, last) in new[] { (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD) })
            Fill(widths, first, last, 2);

        foreach (var (first, last, value) in UnicodeFiles.ReadRanges(Path.Combine(unicodeDirectory, "EastAsianWidth.txt")))
            Fill(widths, first, last, value is "W" or "F" ? (byte)2 : (byte)1);

        // UTS #51 §2.4 (emoji-data.txt): Emoji_Presentation=Yes characters display as emoji, two columns wide.
        var emojiData = Path.Combine(unicodeDirectory, "emoji", "emoji-data.txt");
        if (File.Exists(emojiData))
        {
            foreach (var (first, last, value) in UnicodeFiles.ReadRanges(emojiData))
            {
                if (value == "Emoji_Presentation")
                    Fill(widths, first, last, 2);
            }
        }

        // Combining marks (Mn, Me) and format characters (Cf) take no column of their own.
        var categories = UnicodeFiles.ReadGeneralCategories(Path.Combine(unicodeDirectory, "UnicodeData.txt"));
        for (var cp = 0; cp < categories.Length; cp++)
        {
            if (categories[cp] is "Mn" or "Me" or "Cf")
                widths[cp] = 0;
        }
        // SOFT HYPHEN is Cf but shows as a hyphen in terminals (as xterm and glibc's wcwidth do).
        widths[0x00AD] = 1;
        // Hangul Jamo medial vowels and final consonants join the preceding syllable (Unicode §3.12).
        Fill(widths, 0x1160, 0x11FF, 0);
        Fill(widths, 0xD7B0, 0xD7FF, 0);
        // Surrogates never stand alone in text.
        Fill(widths, 0xD800, 0xDFFF, 1);
        return widths;
    }

    private static void Fill(byte[] widths, int first, int last, byte value)
    {
        for (var cp = first; cp <= last && cp < widths.Length; cp++)
            widths[cp] = value;
    }
}
