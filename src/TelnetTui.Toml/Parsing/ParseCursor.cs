using System.Globalization;
using TelnetTui.Toml.Text;

namespace TelnetTui.Toml.Parsing;

/// <summary>The read position in a TOML text, with the helpers every scanner needs.</summary>
internal sealed class ParseCursor(TomlSourceText source)
{
    public readonly string Text = source.Text;
    public readonly TomlSourceText Source = source;
    public int Pos;

    // Bare key names repeat (every host has "host", "port"...): one string per distinct name.
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>Keys longer than this are not shared (they rarely repeat).</summary>
    private const int MaxInternedLength = 32;

    public string Intern(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxInternedLength)
            return name.ToString();
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(name, out var known))
            return known;
        var text = name.ToString();
        _names[text] = text;
        return text;
    }

    public bool AtEnd => Pos >= Text.Length;

    public char Current => Text[Pos];

    public char PeekAt(int offset) => Pos + offset < Text.Length ? Text[Pos + offset] : '\0';

    public bool Is(char c) => Pos < Text.Length && Text[Pos] == c;

    public bool IsNewlineStart => Pos < Text.Length && Text[Pos] is '\n' or '\r';

    public void SkipSpaces()
    {
        while (Pos < Text.Length && Text[Pos] is ' ' or '\t')
            Pos++;
    }

    /// <summary>Consumes LF or CRLF; a CR alone is an error (TOML 1.0.0: newline is LF or CRLF).</summary>
    public void ConsumeNewline()
    {
        if (Text[Pos] == '\n')
        {
            Pos++;
            return;
        }
        if (PeekAt(1) == '\n')
        {
            Pos += 2;
            return;
        }
        throw Fail(Pos, "a carriage return must be followed by a line feed (TOML line breaks are LF or CRLF)");
    }

    /// <summary>Reads a comment from '#' to the end of its line (not the line break), checking its characters.</summary>
    public void SkipComment()
    {
        Pos++;
        while (Pos < Text.Length)
        {
            var c = Text[Pos];
            if (c == '\n' || (c == '\r' && PeekAt(1) == '\n'))
                return;
            // TOML 1.0.0 "Comment": control characters other than tab are not permitted.
            if (c != '\t' && TomlStringFormatter.IsControl(c))
                throw Fail(Pos, $"{DescribeAt(Pos)} is not allowed in a comment");
            CheckSurrogate(Pos);
            Pos++;
        }
    }

    /// <summary>Skips spaces, tabs, comments and line breaks (the "ws-comment-newline" of arrays).</summary>
    public void SkipWhitespaceCommentsAndNewlines()
    {
        while (Pos < Text.Length)
        {
            var c = Text[Pos];
            if (c is ' ' or '\t')
                Pos++;
            else if (c is '\n' or '\r')
                ConsumeNewline();
            else if (c == '#')
                SkipComment();
            else
                return;
        }
    }

    /// <summary>Fails on a UTF-16 surrogate that is not half of a pair (possible only in text handed in as a string).</summary>
    public void CheckSurrogate(int at)
    {
        var c = Text[at];
        if (!char.IsSurrogate(c))
            return;
        if (char.IsHighSurrogate(c) && at + 1 < Text.Length && char.IsLowSurrogate(Text[at + 1]))
            return;
        if (char.IsLowSurrogate(c) && at > 0 && char.IsHighSurrogate(Text[at - 1]))
            return;
        throw Fail(at, $"U+{(int)c:X4} is half of a UTF-16 surrogate pair, not a character");
    }

    public TomlException Fail(int offset, string reason) => new(Source.PositionAt(offset), reason);

    /// <summary>Names the character at an offset for a message: "'x'", "the end of the line", "the end of the file".</summary>
    public string DescribeAt(int offset)
    {
        if (offset >= Text.Length)
            return "the end of the file";
        var c = Text[offset];
        return c switch
        {
            '\n' => "the end of the line",
            '\r' => "a carriage return",
            '\t' => "a tab",
            ' ' => "a space",
            _ when TomlStringFormatter.IsControl(c) => $"control character U+{(int)c:X4}",
            _ when char.IsHighSurrogate(c) && offset + 1 < Text.Length && char.IsLowSurrogate(Text[offset + 1]) =>
                $"'{Text.Substring(offset, 2)}' (U+{char.ConvertToUtf32(c, Text[offset + 1]):X4})",
            _ when char.IsSurrogate(c) => $"a lone surrogate U+{(int)c:X4}",
            _ when c > 0x7E => $"'{c}' (U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)})",
            _ => $"'{c}'",
        };
    }
}
