namespace TelnetTui.Tui.Text;

/// <summary>Fitting text into columns: cutting with an ellipsis, padding, aligning.</summary>
public static class TextFit
{
    public const string Ellipsis = "…";

    /// <summary>The longest prefix of <paramref name="text"/> that fits <paramref name="width"/> columns, "…" marking a cut.</summary>
    public static string Truncate(string text, int width)
    {
        if (width <= 0)
            return "";
        if (CharWidth.Of(text) <= width)
            return text;
        var fit = PrefixLength(text, width - 1);
        return string.Concat(text.AsSpan(0, fit), Ellipsis);
    }

    /// <summary>Chars of the longest prefix that takes at most <paramref name="width"/> columns (whole graphemes).</summary>
    public static int PrefixLength(ReadOnlySpan<char> text, int width)
    {
        var used = 0;
        var i = 0;
        while (i < text.Length)
        {
            var length = Grapheme.NextLength(text[i..]);
            var w = length == 1 && text[i] < 0x300 ? 1 : Grapheme.Width(text.Slice(i, length));
            if (used + w > width)
                break;
            used += w;
            i += length;
        }
        return i;
    }

    /// <summary>At most <paramref name="chars"/> chars of <paramref name="text"/>, cut at a grapheme boundary.</summary>
    public static int PrefixLengthChars(ReadOnlySpan<char> text, int chars)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = i + Math.Max(1, Grapheme.NextLength(text[i..]));
            if (next > chars)
                break;
            i = next;
        }
        return i;
    }

    /// <summary>Column where text of <paramref name="textWidth"/> starts to be centred in <paramref name="width"/>.</summary>
    public static int CenterOffset(int textWidth, int width) => Math.Max(0, (width - textWidth) / 2);
}
