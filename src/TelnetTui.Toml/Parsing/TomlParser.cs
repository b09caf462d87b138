using TelnetTui.Toml.Syntax;
using TelnetTui.Toml.Text;

namespace TelnetTui.Toml.Parsing;

/// <summary>
/// Turns TOML text into a lossless syntax tree (TOML 1.0.0 grammar; the table rules are the
/// builder's). One item per line: blank/comment, key/value, or header. Every error names the spot.
/// </summary>
internal sealed class TomlParser
{
    private readonly ParseCursor _c;
    private int _depth;

    private TomlParser(TomlSourceText source) => _c = new ParseCursor(source);

    public static TomlSyntaxTree Parse(TomlSourceText source)
    {
        if (source.Text.Length > TomlLimits.MaxDocumentLength)
            throw new TomlException(source.PositionAt(0), $"the document is larger than {TomlLimits.MaxDocumentLength} characters");
        return new TomlParser(source).ParseDocument();
    }

    private TomlSyntaxTree ParseDocument()
    {
        var items = new List<ItemSyntax>();
        var bom = _c.Text.Length > 0 && _c.Text[0] == '\uFEFF' ? 1 : 0;
        _c.Pos = bom;
        while (!_c.AtEnd)
            items.Add(ParseItem());
        return new TomlSyntaxTree(_c.Source, bom, items);
    }

    private ItemSyntax ParseItem()
    {
        var start = _c.Pos;
        _c.SkipSpaces();
        if (_c.AtEnd)
            return new TriviaSyntax(TextSpan.FromBounds(start, _c.Pos), false);
        var ch = _c.Current;
        if (ch is '#' or '\n' or '\r')
        {
            EndLine(null, false, false);
            return new TriviaSyntax(TextSpan.FromBounds(start, _c.Pos), ch == '#');
        }
        if (ch == '[')
            return ParseHeader(start);
        var entry = ParseKeyValue();
        EndLine(entry.Key, false, false);
        var line = new KeyValueLineSyntax(TextSpan.FromBounds(start, _c.Pos), entry);
        entry.Line = line;
        return line;
    }

    /// <summary>
    /// Optional spaces and comment, then a line break or the end of the file. The key (of the
    /// value or header just read) only goes into the message when there is an error.
    /// </summary>
    private void EndLine(KeySyntax? key, bool header, bool isArray)
    {
        _c.SkipSpaces();
        if (_c.Is('#'))
            _c.SkipComment();
        if (_c.AtEnd)
            return;
        if (_c.IsNewlineStart)
        {
            _c.ConsumeNewline();
            return;
        }
        var context = key is null ? "" : header
            ? $" after the header [{(isArray ? "[" : "")}{key.Display}{(isArray ? "]" : "")}]"
            : $" after the value of '{key.Display}'";
        throw _c.Fail(_c.Pos, $"expected the end of the line{context}, found {_c.DescribeAt(_c.Pos)}");
    }

    private TableHeaderSyntax ParseHeader(int start)
    {
        var open = _c.Pos++;
        var isArray = _c.Is('[');
        if (isArray)
            _c.Pos++;
        _c.SkipSpaces();
        var key = ParseKey(isArray ? "an array of tables header [[...]]" : "a table header [...]");
        _c.SkipSpaces();
        if (!_c.Is(']') || (isArray && _c.PeekAt(1) != ']'))
        {
            var want = isArray ? "']]'" : "']'";
            throw _c.Fail(_c.AtEnd || _c.IsNewlineStart ? open : _c.Pos,
                $"expected {want} to close the header [{(isArray ? "[" : "")}{key.Display}, found {_c.DescribeAt(_c.Pos)}");
        }
        _c.Pos += isArray ? 2 : 1;
        EndLine(key, true, isArray);
        return new TableHeaderSyntax(TextSpan.FromBounds(start, _c.Pos), key, isArray);
    }

    private KeySyntax ParseKey(string where)
    {
        var start = _c.Pos;
        var first = ParseKeyPart(where, afterDot: false);
        var afterFirst = _c.Pos;
        _c.SkipSpaces();
        if (!_c.Is('.'))
        {
            // Most keys have one part: no list, one small array.
            _c.Pos = afterFirst;
            return new KeySyntax(TextSpan.FromBounds(start, _c.Pos), [first]);
        }
        var parts = new List<KeyPartSyntax>(4) { first };
        while (_c.Is('.'))
        {
            _c.Pos++;
            _c.SkipSpaces();
            parts.Add(ParseKeyPart(where, afterDot: true));
            var afterPart = _c.Pos;
            _c.SkipSpaces();
            if (!_c.Is('.'))
                _c.Pos = afterPart;
        }
        return new KeySyntax(TextSpan.FromBounds(start, _c.Pos), [.. parts]);
    }

    private KeyPartSyntax ParseKeyPart(string where, bool afterDot)
    {
        var start = _c.Pos;
        if (_c.Is('"') || _c.Is('\''))
        {
            var style = _c.Current == '"' ? KeyStyle.Basic : KeyStyle.Literal;
            var name = StringScanner.ScanKey(_c);
            return new KeyPartSyntax(TextSpan.FromBounds(start, _c.Pos), name, style);
        }
        while (!_c.AtEnd && TomlKeyFormatter.IsBareKeyChar(_c.Current))
            _c.Pos++;
        if (_c.Pos == start)
        {
            var what = afterDot ? "a key after the dot" : "a key";
            throw _c.Fail(start, $"expected {what} in {where}, found {_c.DescribeAt(start)} (bare keys use A-Z a-z 0-9 _ -; quote anything else)");
        }
        return new KeyPartSyntax(TextSpan.FromBounds(start, _c.Pos), _c.Intern(_c.Text.AsSpan(start, _c.Pos - start)), KeyStyle.Bare);
    }

    private KeyValueSyntax ParseKeyValue()
    {
        var start = _c.Pos;
        var key = ParseKey("a key/value pair");
        _c.SkipSpaces();
        if (!_c.Is('='))
            throw _c.Fail(_c.Pos, $"expected '=' after the key '{key.Display}', found {_c.DescribeAt(_c.Pos)}");
        _c.Pos++;
        _c.SkipSpaces();
        if (_c.AtEnd || _c.IsNewlineStart || _c.Is('#'))
            throw _c.Fail(_c.Pos, $"the key '{key.Display}' has no value");
        var value = ParseValue();
        return new KeyValueSyntax(TextSpan.FromBounds(start, _c.Pos), key, value);
    }

    private ValueSyntax ParseValue()
    {
        var start = _c.Pos;
        switch (_c.Current)
        {
            case '"' or '\'':
            {
                var text = StringScanner.Scan(_c, out var style);
                return new ScalarSyntax(TextSpan.FromBounds(start, _c.Pos), new TomlString(text), style);
            }
            case '[':
                return ParseArray();
            case '{':
                return ParseInlineTable();
        }
        if (!IsWordChar(_c.Current))
            throw _c.Fail(start, $"expected a value, found {_c.DescribeAt(start)}");
        return ParseWord();
    }

    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '+' or '-' or '.' or ':';

    /// <summary>Booleans, numbers and date/times: scan the whole token, then decide what it is.</summary>
    private ScalarSyntax ParseWord()
    {
        var start = _c.Pos;
        var text = _c.Text;
        while (!_c.AtEnd && IsWordChar(_c.Current))
            _c.Pos++;
        // A date may be followed by a space and a time (TOML 1.0.0 allows a space for the T).
        if (_c.Pos - start == 10 && _c.Is(' ') && char.IsAsciiDigit(_c.PeekAt(1)) && char.IsAsciiDigit(_c.PeekAt(2)) && _c.PeekAt(3) == ':'
            && DateTimeParser.LooksLikeDateTime(text.AsSpan(start, 10)))
        {
            _c.Pos++;
            while (!_c.AtEnd && IsWordChar(_c.Current))
                _c.Pos++;
        }
        var token = text.AsSpan(start, _c.Pos - start);
        var span = TextSpan.FromBounds(start, _c.Pos);
        if (token.SequenceEqual("true"))
            return new ScalarSyntax(span, new TomlBoolean(true), ScalarStyle.Plain);
        if (token.SequenceEqual("false"))
            return new ScalarSyntax(span, new TomlBoolean(false), ScalarStyle.Plain);
        if (DateTimeParser.LooksLikeDateTime(token))
            return new ScalarSyntax(span, new TomlDateTimeValue(DateTimeParser.Parse(_c, token, start)), ScalarStyle.Plain);
        var number = NumberParser.Parse(_c, token, start, out var numberStyle);
        return new ScalarSyntax(span, number, numberStyle);
    }

    private ArraySyntax ParseArray()
    {
        var open = _c.Pos++;
        Enter(open);
        var items = new List<ValueSyntax>();
        while (true)
        {
            _c.SkipWhitespaceCommentsAndNewlines();
            if (_c.AtEnd)
                throw _c.Fail(open, "this array is not closed with ']' before the end of the file");
            if (_c.Is(']'))
                break;
            items.Add(ParseValue());
            _c.SkipWhitespaceCommentsAndNewlines();
            if (_c.Is(','))
            {
                _c.Pos++;
                continue;
            }
            if (_c.Is(']'))
                break;
            if (_c.AtEnd)
                throw _c.Fail(open, "this array is not closed with ']' before the end of the file");
            throw _c.Fail(_c.Pos, $"expected ',' or ']' after an array element, found {_c.DescribeAt(_c.Pos)}");
        }
        _c.Pos++;
        _depth--;
        return new ArraySyntax(TextSpan.FromBounds(open, _c.Pos), items);
    }

    private InlineTableSyntax ParseInlineTable()
    {
        var open = _c.Pos++;
        Enter(open);
        var entries = new List<KeyValueSyntax>();
        _c.SkipSpaces();
        if (_c.Is('}'))
        {
            _c.Pos++;
            _depth--;
            return new InlineTableSyntax(TextSpan.FromBounds(open, _c.Pos), entries);
        }
        while (true)
        {
            if (_c.AtEnd)
                throw _c.Fail(open, "this inline table is not closed with '}' before the end of the file");
            if (_c.IsNewlineStart)
                throw _c.Fail(_c.Pos, "an inline table must stay on one line in TOML 1.0.0");
            entries.Add(ParseKeyValue());
            _c.SkipSpaces();
            if (_c.Is(','))
            {
                _c.Pos++;
                _c.SkipSpaces();
                if (_c.Is('}'))
                    throw _c.Fail(_c.Pos - 1, "a trailing comma is not allowed in an inline table in TOML 1.0.0");
                continue;
            }
            if (_c.Is('}'))
                break;
            if (_c.AtEnd)
                throw _c.Fail(open, "this inline table is not closed with '}' before the end of the file");
            if (_c.IsNewlineStart)
                throw _c.Fail(_c.Pos, "an inline table must stay on one line in TOML 1.0.0");
            throw _c.Fail(_c.Pos, $"expected ',' or '}}' in the inline table, found {_c.DescribeAt(_c.Pos)}");
        }
        _c.Pos++;
        _depth--;
        return new InlineTableSyntax(TextSpan.FromBounds(open, _c.Pos), entries);
    }

    private void Enter(int at)
    {
        if (++_depth > TomlLimits.MaxNestingDepth)
            throw _c.Fail(at, $"arrays and inline tables are nested more than {TomlLimits.MaxNestingDepth} deep");
    }
}
