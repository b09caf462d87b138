using System.Globalization;
using System.Text;

namespace TelnetTui.Tui.Text;

/// <summary>
/// How many terminal columns a character takes, the way terminals and wcwidth(3) count them:
/// 0 for combining marks and format characters, 2 for East Asian Wide/Fullwidth, 1 otherwise.
/// Controls have no width: they never belong in a cell (see <see cref="IsControl"/>).
/// </summary>
public static class CharWidth
{
    /// <summary>Columns taken by <paramref name="rune"/>: 0, 1 or 2 (controls count as 1; callers replace them).</summary>
    public static int Of(Rune rune)
    {
        var v = rune.Value;
        if (v < 0x300)
            return 1; // fast path: Latin and its supplements have no marks or wide characters
        if (IsZeroWidth(rune))
            return 0;
        return IsWide(v) ? 2 : 1;
    }

    /// <summary>True for C0, DEL and C1 controls: bytes that would steer the terminal instead of printing.</summary>
    public static bool IsControl(int value) => value < 0x20 || (value >= 0x7F && value < 0xA0);

    /// <summary>East_Asian_Width W or F (UAX #11).</summary>
    public static bool IsWide(int value)
    {
        if (value < 0x1100)
            return false;
        var pairs = WideRanges.Pairs;
        int lo = 0, hi = pairs.Length / 2 - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (value < pairs[mid * 2])
                hi = mid - 1;
            else if (value > pairs[mid * 2 + 1])
                lo = mid + 1;
            else
                return true;
        }
        return false;
    }

    private static bool IsZeroWidth(Rune rune)
    {
        var v = rune.Value;
        // Hangul medial vowels and final consonants join the preceding syllable (as wcwidth counts them).
        if (v is >= 0x1160 and <= 0x11FF || v == 0x200B)
            return true;
        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;
    }

    /// <summary>Display width of a string: the sum over its grapheme clusters (see <see cref="Grapheme.Width"/>).</summary>
    public static int Of(ReadOnlySpan<char> text)
    {
        var width = 0;
        while (!text.IsEmpty)
        {
            var length = Grapheme.NextLength(text);
            width += length == 1 && text[0] < 0x300 ? 1 : Grapheme.Width(text[..length]);
            text = text[length..];
        }
        return width;
    }
}
