using TelnetTui.Toml.Text;

namespace TelnetTui.Toml.Parsing;

/// <summary>Reads a <see cref="TomlPath"/> written as a TOML dotted key with [index] steps: a."b c".d[0].e.</summary>
internal static class TomlPathParser
{
    public static TomlPath Parse(string text)
    {
        var c = new ParseCursor(new TomlSourceText(text, null));
        var segments = new List<TomlPathSegment>();
        c.SkipSpaces();
        if (c.AtEnd)
            return TomlPath.Root;
        var expectKey = true;
        while (true)
        {
            if (expectKey)
                segments.Add(TomlPathSegment.ForKey(Key(c)));
            c.SkipSpaces();
            if (c.AtEnd)
                break;
            if (c.Is('['))
            {
                c.Pos++;
                var start = c.Pos;
                while (!c.AtEnd && char.IsAsciiDigit(c.Current))
                    c.Pos++;
                if (c.Pos == start || !c.Is(']') || !int.TryParse(text.AsSpan(start, c.Pos - start), out var index))
                    throw c.Fail(start, "expected an array index like [0]");
                c.Pos++;
                segments.Add(TomlPathSegment.ForIndex(index));
                expectKey = false;
                continue;
            }
            if (!c.Is('.'))
                throw c.Fail(c.Pos, $"expected '.' or '[' in the path, found {c.DescribeAt(c.Pos)}");
            c.Pos++;
            c.SkipSpaces();
            expectKey = true;
        }
        return new TomlPath(segments);
    }

    private static string Key(ParseCursor c)
    {
        if (c.Is('"') || c.Is('\''))
            return StringScanner.ScanKey(c);
        var start = c.Pos;
        while (!c.AtEnd && TomlKeyFormatter.IsBareKeyChar(c.Current))
            c.Pos++;
        if (c.Pos == start)
            throw c.Fail(start, $"expected a key in the path, found {c.DescribeAt(start)}");
        return c.Text[start..c.Pos];
    }
}
