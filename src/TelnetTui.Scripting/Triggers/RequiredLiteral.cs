using System.Text;

namespace TelnetTui.Scripting.Triggers;

/// <summary>
/// Finds text that every match of a .NET regular expression must contain, so a line without it
/// can skip the regex: <c>^(\w+) tells you '(.*)'$</c> needs " tells you '". Conservative: it
/// reads only the top-level sequence (no alternation, no inline options), takes runs of literal
/// characters between groups, classes, anchors and escapes, drops a character a quantifier makes
/// optional or repeatable, and gives up (null) on anything it does not fully understand.
/// </summary>
public static class RequiredLiteral
{
    /// <summary>Shorter literals filter too little to be worth a search.</summary>
    public const int MinLength = 3;

    /// <summary>The longest literal every match contains, or null when none is known.</summary>
    public static string? Extract(string pattern)
    {
        if (HasInlineOptions(pattern) || HasTopLevelAlternation(pattern))
            return null;
        string? best = null;
        var run = new StringBuilder();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            switch (c)
            {
                case '(':
                    var close = SkipGroup(pattern, i);
                    if (close < 0)
                        return null;
                    Keep(ref best, run);
                    i = SkipQuantifier(pattern, close);
                    continue;
                case '[':
                    var end = SkipClass(pattern, i);
                    if (end < 0)
                        return null;
                    Keep(ref best, run);
                    i = SkipQuantifier(pattern, end);
                    continue;
                case '\\':
                    if (i + 1 >= pattern.Length)
                        return null;
                    var escaped = pattern[i + 1];
                    var literal = EscapedLiteral(escaped);
                    if (literal is null)
                    {
                        // \d, \w, \b, \p{..}, \k<..>, \1, \x41 ...: not a literal we track.
                        Keep(ref best, run);
                        i = SkipQuantifier(pattern, SkipEscape(pattern, i));
                        continue;
                    }
                    i = Literal(pattern, i + 2, literal.Value, run, ref best);
                    continue;
                case '.' or '^' or '$':
                    Keep(ref best, run);
                    i = SkipQuantifier(pattern, i + 1);
                    continue;
                case '*' or '+' or '?' or ')' or '|':
                    return null; // a quantifier with nothing before it, or a stray ')': leave it to the regex
                default:
                    i = Literal(pattern, i + 1, c, run, ref best);
                    continue;
            }
        }
        Keep(ref best, run);
        return best is { Length: >= MinLength } ? best : null;
    }

    /// <summary>A literal character ending at <paramref name="next"/>: kept unless a quantifier follows.</summary>
    private static int Literal(string pattern, int next, char c, StringBuilder run, ref string? best)
    {
        var after = SkipQuantifier(pattern, next);
        if (after == next)
        {
            run.Append(c);
            return next;
        }
        // "ab*": the b may be absent (or repeated): the run so far ends before it.
        Keep(ref best, run);
        return after;
    }

    private static void Keep(ref string? best, StringBuilder run)
    {
        if (run.Length > (best?.Length ?? 0))
            best = run.ToString();
        run.Clear();
    }

    /// <summary>The literal an escape stands for, or null for classes, anchors and references.</summary>
    private static char? EscapedLiteral(char c) => c switch
    {
        't' => '\t',
        'n' => '\n',
        'r' => '\r',
        'f' => '\f',
        'v' => '\v',
        'e' => '\u001b',
        'a' => '\a',
        _ when char.IsAsciiLetterOrDigit(c) || c == '_' => null,
        _ when c < ' ' => null,
        _ => c,
    };

    /// <summary>Index after an escape that is not a literal (\p{..}, \k&lt;..&gt;, \x41, \u0041, \cX, digits).</summary>
    private static int SkipEscape(string pattern, int i)
    {
        var c = pattern[i + 1];
        var j = i + 2;
        switch (c)
        {
            case 'p' or 'P':
                var brace = pattern.IndexOf('}', j);
                return brace < 0 ? pattern.Length : brace + 1;
            case 'k':
                var gt = pattern.IndexOfAny(['>', '\''], j + 1);
                return gt < 0 ? pattern.Length : gt + 1;
            case 'x':
                return Math.Min(pattern.Length, j + 2);
            case 'u':
                return Math.Min(pattern.Length, j + 4);
            case 'c':
                return Math.Min(pattern.Length, j + 1);
            default:
                while (j < pattern.Length && char.IsAsciiDigit(c) && char.IsAsciiDigit(pattern[j]))
                    j++;
                return j;
        }
    }

    /// <summary>Index after a quantifier (*, +, ?, {n}, {n,}, {n,m}, each maybe lazy) at <paramref name="i"/>, else <paramref name="i"/>.</summary>
    private static int SkipQuantifier(string pattern, int i)
    {
        if (i >= pattern.Length)
            return i;
        int j;
        if (pattern[i] is '*' or '+' or '?')
        {
            j = i + 1;
        }
        else if (pattern[i] == '{' && IsCountedQuantifier(pattern, i, out var end))
        {
            j = end;
        }
        else
        {
            return i;
        }
        return j < pattern.Length && pattern[j] == '?' ? j + 1 : j;
    }

    /// <summary>{n}, {n,} or {n,m}; any other '{' is a literal brace in .NET.</summary>
    private static bool IsCountedQuantifier(string pattern, int i, out int end)
    {
        end = i;
        var j = i + 1;
        var digits = 0;
        while (j < pattern.Length && char.IsAsciiDigit(pattern[j]))
        {
            j++;
            digits++;
        }
        if (digits == 0 || j >= pattern.Length)
            return false;
        if (pattern[j] == ',')
        {
            j++;
            while (j < pattern.Length && char.IsAsciiDigit(pattern[j]))
                j++;
        }
        if (j >= pattern.Length || pattern[j] != '}')
            return false;
        end = j + 1;
        return true;
    }

    /// <summary>Index after the ')' closing the group at <paramref name="open"/>; -1 if unbalanced.</summary>
    private static int SkipGroup(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    var end = SkipClass(pattern, i);
                    if (end < 0)
                        return -1;
                    i = end - 1;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth == 0)
                        return i + 1;
                    break;
            }
        }
        return -1;
    }

    /// <summary>Index after the ']' closing the class at <paramref name="open"/> (a ']' right after '[' or '[^' is literal); -1 if open.</summary>
    private static int SkipClass(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
            i++;
        if (i < pattern.Length && pattern[i] == ']')
            i++;
        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
                i++;
            else if (pattern[i] == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
                return -1; // POSIX-like or subtraction syntax: not worth reading
            else if (pattern[i] == ']')
                return i + 1;
        }
        return -1;
    }

    private static bool HasInlineOptions(string pattern)
    {
        for (var i = pattern.IndexOf("(?", StringComparison.Ordinal); i >= 0; i = pattern.IndexOf("(?", i + 2, StringComparison.Ordinal))
        {
            if (i > 0 && pattern[i - 1] == '\\' && !(i > 1 && pattern[i - 2] == '\\'))
                continue;
            if (i + 2 < pattern.Length && pattern[i + 2] is 'i' or 'm' or 'n' or 's' or 'x' or '-' or '#' or '(')
                return true;
        }
        return false;
    }

    private static bool HasTopLevelAlternation(string pattern)
    {
        var depth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    var end = SkipClass(pattern, i);
                    if (end < 0)
                        return true;
                    i = end - 1;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    return true;
            }
        }
        return false;
    }
}
