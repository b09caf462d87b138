namespace TelnetTui.Tui.Text;

/// <summary>Cursor arithmetic in a line of text: grapheme and word boundaries, display columns.</summary>
public static class TextNavigation
{
    public static int NextBoundary(string text, int index) =>
        index >= text.Length ? text.Length : index + Math.Max(1, Grapheme.NextLength(text.AsSpan(index)));

    public static int PreviousBoundary(string text, int index)
    {
        if (index <= 0)
            return 0;
        var previous = 0;
        var i = 0;
        while (i < index)
        {
            previous = i;
            i = NextBoundary(text, i);
        }
        return previous;
    }

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>Start of the word before <paramref name="index"/> (Emacs M-b).</summary>
    public static int WordLeft(string text, int index)
    {
        var i = Math.Min(index, text.Length);
        while (i > 0 && !IsWord(text[i - 1]))
            i--;
        while (i > 0 && IsWord(text[i - 1]))
            i--;
        return i;
    }

    /// <summary>End of the word after <paramref name="index"/> (Emacs M-f).</summary>
    public static int WordRight(string text, int index)
    {
        var i = Math.Max(0, index);
        while (i < text.Length && !IsWord(text[i]))
            i++;
        while (i < text.Length && IsWord(text[i]))
            i++;
        return i;
    }

    /// <summary>Display column of char index <paramref name="index"/>.</summary>
    public static int ColumnOf(string text, int index) => CharWidth.Of(text.AsSpan(0, Math.Min(index, text.Length)));

    /// <summary>The char index of the grapheme boundary at or just before display column <paramref name="column"/>.</summary>
    public static int IndexAtColumn(string text, int column)
    {
        var i = 0;
        var used = 0;
        while (i < text.Length)
        {
            var next = NextBoundary(text, i);
            var w = CharWidth.Of(text.AsSpan(i, next - i));
            if (used + w > column)
                break;
            used += w;
            i = next;
        }
        return i;
    }

    /// <summary>Text made safe for one line: newlines and tabs become spaces, other controls are dropped.</summary>
    public static string SingleLine(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", " "))
        {
            if (c is '\n' or '\r' or '\t')
                sb.Append(' ');
            else if (!CharWidth.IsControl(c))
                sb.Append(c);
        }
        return sb.ToString();
    }
}
