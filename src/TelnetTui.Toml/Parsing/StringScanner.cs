using System.Globalization;
using System.Text;
using TelnetTui.Toml.Syntax;

namespace TelnetTui.Toml.Parsing;

/// <summary>Reads the four TOML 1.0.0 string forms ("String") starting at the cursor's opening quote.</summary>
internal static class StringScanner
{
    /// <summary>Reads a string value in any form; the cursor ends just past the closing quote(s).</summary>
    public static string Scan(ParseCursor c, out ScalarStyle style)
    {
        var quote = c.Current;
        var multi = c.PeekAt(1) == quote && c.PeekAt(2) == quote;
        if (quote == '"')
        {
            style = multi ? ScalarStyle.MultiLineBasicString : ScalarStyle.BasicString;
            return multi ? MultiLineBasic(c) : Basic(c);
        }
        style = multi ? ScalarStyle.MultiLineLiteralString : ScalarStyle.LiteralString;
        return multi ? MultiLineLiteral(c) : Literal(c);
    }

    /// <summary>Reads a quoted key part: only single-line forms are keys.</summary>
    public static string ScanKey(ParseCursor c)
    {
        var quote = c.Current;
        if (c.PeekAt(1) == quote && c.PeekAt(2) == quote)
            throw c.Fail(c.Pos, "a key cannot be a multi-line string");
        return quote == '"' ? Basic(c) : Literal(c);
    }

    private static string Basic(ParseCursor c)
    {
        var open = c.Pos++;
        var text = c.Text;
        var runStart = c.Pos;
        StringBuilder? sb = null;
        while (true)
        {
            if (c.AtEnd)
                throw c.Fail(open, "this string is not closed before the end of the file");
            var ch = text[c.Pos];
            if (ch == '"')
            {
                var value = sb is null ? text[runStart..c.Pos] : sb.Append(text, runStart, c.Pos - runStart).ToString();
                c.Pos++;
                return value;
            }
            if (ch == '\\')
            {
                sb ??= new StringBuilder();
                sb.Append(text, runStart, c.Pos - runStart);
                Escape(c, sb);
                runStart = c.Pos;
                continue;
            }
            if (ch is '\n' or '\r')
                throw c.Fail(open, "this string is not closed before the end of the line (use \"\"\" for a multi-line string)");
            CheckCharacter(c, ch, allowNewline: false);
            c.Pos++;
        }
    }

    private static string MultiLineBasic(ParseCursor c)
    {
        var open = c.Pos;
        c.Pos += 3;
        SkipFirstNewline(c);
        var text = c.Text;
        var sb = new StringBuilder();
        while (true)
        {
            if (c.AtEnd)
                throw c.Fail(open, "this multi-line string is not closed before the end of the file");
            var ch = text[c.Pos];
            if (ch == '"')
            {
                if (CloseQuotes(c, '"', sb))
                    return sb.ToString();
                continue;
            }
            if (ch == '\\')
            {
                if (IsLineEndingBackslash(c))
                {
                    // TOML 1.0.0: a line-ending backslash trims all whitespace and newlines up to the next character.
                    c.Pos++;
                    while (!c.AtEnd && text[c.Pos] is ' ' or '\t' or '\n' or '\r')
                    {
                        if (text[c.Pos] is '\n' or '\r')
                            c.ConsumeNewline();
                        else
                            c.Pos++;
                    }
                    continue;
                }
                Escape(c, sb);
                continue;
            }
            if (ch == '\r')
            {
                c.ConsumeNewline();
                sb.Append("\r\n");
                continue;
            }
            CheckCharacter(c, ch, allowNewline: true);
            sb.Append(ch);
            c.Pos++;
        }
    }

    private static string Literal(ParseCursor c)
    {
        var open = c.Pos++;
        var start = c.Pos;
        var text = c.Text;
        while (true)
        {
            if (c.AtEnd)
                throw c.Fail(open, "this literal string is not closed before the end of the file");
            var ch = text[c.Pos];
            if (ch == '\'')
            {
                var value = text[start..c.Pos];
                c.Pos++;
                return value;
            }
            if (ch is '\n' or '\r')
                throw c.Fail(open, "this literal string is not closed before the end of the line (use ''' for a multi-line string)");
            CheckCharacter(c, ch, allowNewline: false);
            c.Pos++;
        }
    }

    private static string MultiLineLiteral(ParseCursor c)
    {
        var open = c.Pos;
        c.Pos += 3;
        SkipFirstNewline(c);
        var text = c.Text;
        var sb = new StringBuilder();
        while (true)
        {
            if (c.AtEnd)
                throw c.Fail(open, "this multi-line literal string is not closed before the end of the file");
            var ch = text[c.Pos];
            if (ch == '\'')
            {
                if (CloseQuotes(c, '\'', sb))
                    return sb.ToString();
                continue;
            }
            if (ch == '\r')
            {
                c.ConsumeNewline();
                sb.Append("\r\n");
                continue;
            }
            CheckCharacter(c, ch, allowNewline: true);
            sb.Append(ch);
            c.Pos++;
        }
    }

    /// <summary>
    /// At a run of quotes inside a multi-line string: fewer than three are content; three to five
    /// close the string with the extra one or two as content (TOML 1.0.0 allows 1-2 quotes just
    /// inside the delimiters); six or more cannot be written.
    /// </summary>
    private static bool CloseQuotes(ParseCursor c, char quote, StringBuilder sb)
    {
        var run = 0;
        while (c.PeekAt(run) == quote)
            run++;
        if (run < 3)
        {
            sb.Append(quote, run);
            c.Pos += run;
            return false;
        }
        if (run > 5)
            throw c.Fail(c.Pos + 5, $"too many {quote} in a row: a multi-line string ends at the first three");
        sb.Append(quote, run - 3);
        c.Pos += run;
        return true;
    }

    private static void SkipFirstNewline(ParseCursor c)
    {
        // TOML 1.0.0: a newline immediately after the opening delimiter is trimmed.
        if (c.Is('\n'))
            c.Pos++;
        else if (c.Is('\r') && c.PeekAt(1) == '\n')
            c.Pos += 2;
    }

    private static bool IsLineEndingBackslash(ParseCursor c)
    {
        var i = c.Pos + 1;
        while (i < c.Text.Length && c.Text[i] is ' ' or '\t')
            i++;
        return i < c.Text.Length && c.Text[i] is '\n' or '\r';
    }

    private static void CheckCharacter(ParseCursor c, char ch, bool allowNewline)
    {
        if (ch == '\t' || (allowNewline && ch == '\n'))
            return;
        if (TomlStringFormatter.IsControl(ch))
            throw c.Fail(c.Pos, $"{c.DescribeAt(c.Pos)} must be written as an escape in a string");
        if (char.IsSurrogate(ch))
            c.CheckSurrogate(c.Pos);
    }

    private static void Escape(ParseCursor c, StringBuilder sb)
    {
        var at = c.Pos;
        c.Pos++;
        if (c.AtEnd)
            throw c.Fail(at, "a backslash at the end of the file");
        var e = c.Current;
        c.Pos++;
        switch (e)
        {
            case 'b': sb.Append('\b'); return;
            case 't': sb.Append('\t'); return;
            case 'n': sb.Append('\n'); return;
            case 'f': sb.Append('\f'); return;
            case 'r': sb.Append('\r'); return;
            case '"': sb.Append('"'); return;
            case '\\': sb.Append('\\'); return;
            case 'u': AppendCodePoint(c, sb, at, 4); return;
            case 'U': AppendCodePoint(c, sb, at, 8); return;
            default:
                c.Pos = at;
                throw c.Fail(at, $"'\\{(e is '\n' or '\r' ? "" : e.ToString())}' is not an escape TOML knows (\\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)");
        }
    }

    private static void AppendCodePoint(ParseCursor c, StringBuilder sb, int at, int digits)
    {
        if (c.Pos + digits > c.Text.Length)
            throw c.Fail(at, $"\\{(digits == 4 ? 'u' : 'U')} needs exactly {digits} hexadecimal digits");
        var hex = c.Text.AsSpan(c.Pos, digits);
        foreach (var h in hex)
        {
            if (!char.IsAsciiHexDigit(h))
                throw c.Fail(at, $"\\{(digits == 4 ? 'u' : 'U')} needs exactly {digits} hexadecimal digits");
        }
        var value = long.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        // TOML 1.0.0: escapes must be Unicode scalar values (no surrogates, nothing above U+10FFFF).
        if (value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
            throw c.Fail(at, $"U+{value:X} is not a Unicode scalar value, so it cannot be escaped");
        sb.Append(char.ConvertFromUtf32((int)value));
        c.Pos += digits;
    }
}
