namespace TelnetTui.Panes.Terminal;

/// <summary>
/// Finds web and telnet addresses in a line of text so the terminal pane can underline them: a scheme
/// (http, https, ftp, gopher, telnet, telnets, ssh, mailto) or "www.", up to the first space or character
/// RFC 3986 does not allow unescaped; sentence punctuation at the end and an unbalanced ')' are not part of it.
/// </summary>
public static class UrlFinder
{
    /// <summary>Longest address recognised (a line of base64 is not a URL).</summary>
    public const int MaxLength = 2048;

    private static readonly string[] Prefixes = ["https://", "http://", "ftp://", "gopher://", "telnets://", "telnet://", "ssh://", "mailto:", "www."];

    /// <summary>Calls <paramref name="found"/> with (start, length) of each address in <paramref name="text"/>, left to right.</summary>
    public static void Find(ReadOnlySpan<char> text, Action<int, int> found)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = NextStart(text, i, out var prefixLength);
            if (start < 0)
                return;
            var end = start + prefixLength;
            while (end < text.Length && end - start < MaxLength && IsUrlChar(text[end]))
                end++;
            end = TrimEnd(text, start + prefixLength, end);
            if (end > start + prefixLength)
            {
                found(start, end - start);
                i = end;
            }
            else
                i = start + prefixLength;
        }
    }

    /// <summary>All addresses as (start, length) pairs (tests, and callers that want a list).</summary>
    public static List<(int Start, int Length)> FindAll(string text)
    {
        var list = new List<(int, int)>();
        Find(text, (s, l) => list.Add((s, l)));
        return list;
    }

    private static int NextStart(ReadOnlySpan<char> text, int from, out int prefixLength)
    {
        prefixLength = 0;
        var best = -1;
        foreach (var prefix in Prefixes)
        {
            var at = IndexOfWordStart(text, from, prefix);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                prefixLength = prefix.Length;
            }
        }
        return best;
    }

    // A prefix counts where a word starts ("xhttp://" is not a URL, "(http://" is).
    private static int IndexOfWordStart(ReadOnlySpan<char> text, int from, string prefix)
    {
        while (from < text.Length)
        {
            var at = text[from..].IndexOf(prefix, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
                return -1;
            at += from;
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
                return at;
            from = at + 1;
        }
        return -1;
    }

    // RFC 3986 §2: unreserved, reserved and '%'; plus '~'. Quotes, angle brackets, spaces and controls end it.
    private static bool IsUrlChar(char c) =>
        c is > ' ' and < (char)0x7F and not ('"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}')
        || (c > 0x9F && !char.IsWhiteSpace(c));

    private static int TrimEnd(ReadOnlySpan<char> text, int bodyStart, int end)
    {
        while (end > bodyStart)
        {
            var c = text[end - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*')
            {
                end--;
                continue;
            }
            if (c == ')' && Count(text[bodyStart..end], '(') < Count(text[bodyStart..end], ')'))
            {
                end--;
                continue;
            }
            if (c == ']' && Count(text[bodyStart..end], '[') < Count(text[bodyStart..end], ']'))
            {
                end--;
                continue;
            }
            break;
        }
        return end;
    }

    private static int Count(ReadOnlySpan<char> s, char c)
    {
        var n = 0;
        foreach (var x in s)
        {
            if (x == c)
                n++;
        }
        return n;
    }
}
