namespace TelnetTui.Scripting.Patterns;

/// <summary>What one item of a Lua pattern is (Lua 5.4 manual §6.4.1).</summary>
internal enum ItemKind
{
    /// <summary>A single character class (., %a, [set], a literal), maybe with * + - ?.</summary>
    Class,
    /// <summary>( or ) or ().</summary>
    Capture,
    /// <summary>$ at the end of the pattern.</summary>
    EndAnchor,
    /// <summary>%bxy.</summary>
    Balance,
    /// <summary>%f[set].</summary>
    Frontier,
    /// <summary>%1 to %9.</summary>
    BackReference,
}

/// <summary>One pattern item: its kind, its class as a slice of the pattern, and its quantifier ('\0' for none).</summary>
internal readonly record struct PatternItem(ItemKind Kind, int ClassStart, int ClassLength, char Quantifier)
{
    public bool MayBeEmpty => Quantifier is '*' or '-' or '?';
}

/// <summary>Splits a Lua pattern into items and tells which bytes a class matches (C locale, as Lua's lstrlib).</summary>
internal static class LuaPatternItems
{
    /// <summary>Items of <paramref name="pattern"/> (anchor '^' already removed); -1 when malformed or too long.</summary>
    public static int Parse(ReadOnlySpan<byte> pattern, Span<PatternItem> items)
    {
        var count = 0;
        var p = 0;
        while (p < pattern.Length)
        {
            if (count == items.Length)
                return -1;
            var c = pattern[p];
            switch (c)
            {
                case (byte)'(':
                case (byte)')':
                    items[count++] = new PatternItem(ItemKind.Capture, p, 1, '\0');
                    p++;
                    continue;
                case (byte)'$' when p + 1 == pattern.Length:
                    items[count++] = new PatternItem(ItemKind.EndAnchor, p, 1, '\0');
                    p++;
                    continue;
                case (byte)'%' when p + 1 < pattern.Length && pattern[p + 1] == (byte)'b':
                    if (p + 3 >= pattern.Length)
                        return -1;
                    items[count++] = new PatternItem(ItemKind.Balance, p, 4, '\0');
                    p += 4;
                    continue;
                case (byte)'%' when p + 1 < pattern.Length && pattern[p + 1] == (byte)'f':
                    if (p + 2 >= pattern.Length || pattern[p + 2] != (byte)'[')
                        return -1;
                    var setEnd = ClassEnd(pattern, p + 2);
                    if (setEnd < 0)
                        return -1;
                    items[count++] = new PatternItem(ItemKind.Frontier, p + 2, setEnd - (p + 2), '\0');
                    p = setEnd;
                    continue;
                case (byte)'%' when p + 1 < pattern.Length && pattern[p + 1] is >= (byte)'0' and <= (byte)'9':
                    items[count++] = new PatternItem(ItemKind.BackReference, p, 2, '\0');
                    p += 2;
                    continue;
            }
            var end = ClassEnd(pattern, p);
            if (end < 0)
                return -1;
            var quantifier = end < pattern.Length && pattern[end] is (byte)'*' or (byte)'+' or (byte)'-' or (byte)'?' ? (char)pattern[end] : '\0';
            items[count++] = new PatternItem(ItemKind.Class, p, end - p, quantifier);
            p = quantifier == '\0' ? end : end + 1;
        }
        return count;
    }

    /// <summary>The longest run of consecutive subject bytes the class matches, and how many bytes it matches.</summary>
    public static (int Run, int Occurrences) Runs(ReadOnlySpan<byte> pattern, PatternItem item, ReadOnlySpan<byte> subject)
    {
        var cls = pattern.Slice(item.ClassStart, item.ClassLength);
        if (cls.Length == 1 && cls[0] == (byte)'.')
            return (subject.Length, subject.Length);
        int run = 0, longest = 0, occurrences = 0;
        foreach (var b in subject)
        {
            if (SingleMatch(b, cls))
            {
                occurrences++;
                if (++run > longest)
                    longest = run;
            }
            else
            {
                run = 0;
            }
        }
        return (longest, occurrences);
    }

    /// <summary>Whether byte <paramref name="c"/> matches the single-character class <paramref name="cls"/>.</summary>
    public static bool SingleMatch(byte c, ReadOnlySpan<byte> cls) => cls[0] switch
    {
        (byte)'.' => true,
        (byte)'%' => MatchClass(c, cls[1]),
        (byte)'[' => MatchSet(c, cls),
        _ => cls[0] == c,
    };

    /// <summary>The end (exclusive) of the class starting at <paramref name="p"/>; -1 when malformed.</summary>
    private static int ClassEnd(ReadOnlySpan<byte> pattern, int p)
    {
        var c = pattern[p++];
        if (c == (byte)'%')
            return p < pattern.Length ? p + 1 : -1;
        if (c != (byte)'[')
            return p;
        if (p < pattern.Length && pattern[p] == (byte)'^')
            p++;
        // The first character of a set is taken literally, even ']'.
        do
        {
            if (p >= pattern.Length)
                return -1;
            var d = pattern[p++];
            if (d == (byte)'%' && p < pattern.Length)
                p++;
        }
        while (p >= pattern.Length || pattern[p] != (byte)']');
        return p + 1;
    }

    private static bool MatchSet(byte c, ReadOnlySpan<byte> set)
    {
        var p = 1;
        var end = set.Length - 1; // the closing ']'
        var found = true;
        if (set[p] == (byte)'^')
        {
            found = false;
            p++;
        }
        for (; p < end; p++)
        {
            if (set[p] == (byte)'%' && p + 1 < end)
            {
                p++;
                if (MatchClass(c, set[p]))
                    return found;
            }
            else if (p + 2 < end && set[p + 1] == (byte)'-')
            {
                if (set[p] <= c && c <= set[p + 2])
                    return found;
                p += 2;
            }
            else if (set[p] == c)
            {
                return found;
            }
        }
        return !found;
    }

    private static bool MatchClass(byte c, byte cls)
    {
        bool result;
        switch (cls | 0x20)
        {
            case 'a': result = IsAlpha(c); break;
            case 'c': result = c < 32 || c == 127; break;
            case 'd': result = c is >= (byte)'0' and <= (byte)'9'; break;
            case 'g': result = c is > 32 and < 127; break;
            case 'l': result = c is >= (byte)'a' and <= (byte)'z'; break;
            case 'p': result = c is > 32 and < 127 && !IsAlpha(c) && c is not (>= (byte)'0' and <= (byte)'9'); break;
            case 's': result = c is (byte)' ' or (>= 9 and <= 13); break;
            case 'u': result = c is >= (byte)'A' and <= (byte)'Z'; break;
            case 'w': result = IsAlpha(c) || c is >= (byte)'0' and <= (byte)'9'; break;
            case 'x': result = c is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F'; break;
            default: return cls == c; // an escaped literal (%. %% ...)
        }
        return cls is >= (byte)'A' and <= (byte)'Z' ? !result : result;
    }

    private static bool IsAlpha(byte c) => c is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';
}
