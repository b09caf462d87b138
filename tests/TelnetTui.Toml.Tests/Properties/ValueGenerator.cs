using System.Globalization;
using System.Text;

namespace TelnetTui.Toml.Tests.Properties;

/// <summary>Generates one TOML value as text together with the value a reader must produce.</summary>
internal sealed class ValueGenerator(GeneratorContext g)
{
    public (string Text, TomlValue Value) Any(int depth)
    {
        var choice = g.R.Next(depth > 0 ? 9 : 7);
        return choice switch
        {
            0 or 1 => String(),
            2 => Integer(),
            3 => Float(),
            4 => Boolean(),
            5 or 6 => DateTime(),
            7 => Array(depth - 1),
            _ => InlineTable(depth - 1),
        };
    }

    private string Content(bool allowNewline)
    {
        var sb = new StringBuilder();
        var n = g.R.Next(10);
        for (var i = 0; i < n; i++)
        {
            sb.Append(g.Pick("a", "b", "Z", "0", " ", "\t", "\"", "'", "\\", "#", "=", "é", "日", "😀", "[", "{", ",",
                "\u0001", "\u001f", "\u007f", "\b", "\f", "\u00ff", "\u2028"));
            if (allowNewline && g.Chance(15))
                sb.Append('\n');
        }
        return sb.ToString();
    }

    public (string, TomlValue) String()
    {
        var style = g.R.Next(4);
        var content = Content(allowNewline: style is 2 or 3);
        switch (style)
        {
            case 1 when content.All(c => c != '\'' && (c >= 0x20 || c == '\t') && c != 0x7F):
                return ("'" + content + "'", new TomlString(content));
            case 2:
            {
                // Multi-line basic: an opening line break is dropped by readers; a line-ending
                // backslash (with the line break and indentation after it) adds nothing.
                var decoded = new StringBuilder();
                var body = g.EscapeBasic(content, multiLine: true, decoded);
                if (g.Chance(30) && body.Length > 0 && !char.IsWhiteSpace(body[0]))
                    body = "\\" + g.NewLine + g.Indent() + body;
                var opening = body.StartsWith(g.NewLine, StringComparison.Ordinal) || g.Chance(50) ? g.NewLine : "";
                return ("\"\"\"" + opening + body + "\"\"\"", new TomlString(decoded.ToString()));
            }
            case 3 when !content.Contains("'''") && content.All(c => c is '\t' or '\n' || (c >= 0x20 && c != 0x7F)):
            {
                var text = content.Replace("\n", g.NewLine);
                var opening = text.StartsWith(g.NewLine, StringComparison.Ordinal) || g.Chance(50) ? g.NewLine : "";
                return ("'''" + opening + text + "'''", new TomlString(text));
            }
            default:
            {
                var decoded = new StringBuilder();
                var text = "\"" + g.EscapeBasic(content.Replace("\n", ""), multiLine: false, decoded) + "\"";
                return (text, new TomlString(decoded.ToString()));
            }
        }
    }

    public (string, TomlValue) Integer()
    {
        var value = g.R.Next(6) switch
        {
            0 => g.R.Next(0, 100),
            1 => -g.R.Next(1, 100000),
            2 => long.MaxValue,
            3 => long.MinValue,
            _ => g.R.NextInt64(long.MinValue, long.MaxValue),
        };
        if (value >= 0 && g.Chance(40))
        {
            var (prefix, digits) = g.R.Next(3) switch
            {
                0 => ("0x", value.ToString(g.Chance(50) ? "x" : "X", CultureInfo.InvariantCulture)),
                1 => ("0o", Convert.ToString(value, 8)),
                _ => ("0b", Convert.ToString(value, 2)),
            };
            return (prefix + Underscores(digits), new TomlInteger(value));
        }
        var magnitude = value == long.MinValue ? "9223372036854775808" : Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var sign = value < 0 ? "-" : g.Chance(20) ? "+" : "";
        return (sign + Underscores(magnitude), new TomlInteger(value));
    }

    private string Underscores(string digits)
    {
        if (!g.Chance(30) || digits.Length < 2)
            return digits;
        var sb = new StringBuilder().Append(digits[0]);
        for (var i = 1; i < digits.Length; i++)
        {
            if (g.Chance(30))
                sb.Append('_');
            sb.Append(digits[i]);
        }
        return sb.ToString();
    }

    public (string, TomlValue) Float()
    {
        if (g.Chance(15))
        {
            var special = g.Pick("inf", "+inf", "-inf", "nan", "+nan", "-nan");
            var v = special.EndsWith("nan", StringComparison.Ordinal) ? double.NaN : special[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            return (special, new TomlFloat(v));
        }
        while (true)
        {
            var sign = g.Pick("", "", "-", "+");
            var integer = g.Chance(30) ? "0" : g.R.Next(1, 10).ToString(CultureInfo.InvariantCulture) + Digits(g.R.Next(6));
            var fraction = g.Chance(70) ? "." + Digits(g.R.Next(1, 10)) : "";
            var exponent = fraction.Length == 0 || g.Chance(30) ? g.Pick("e", "E") + g.Pick("", "+", "-") + Digits(g.R.Next(1, 4)) : "";
            var clean = sign + integer + fraction + exponent;
            var value = double.Parse(clean, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (double.IsInfinity(value))
                continue;
            var text = sign + Underscores(integer) + (fraction.Length > 0 ? "." + Underscores(fraction[1..]) : "")
                + (exponent.Length > 0 ? exponent[..^DigitsAtEnd(exponent)] + Underscores(exponent[^DigitsAtEnd(exponent)..]) : "");
            return (text, new TomlFloat(value));
        }
    }

    private static int DigitsAtEnd(string s)
    {
        var n = 0;
        while (n < s.Length && char.IsAsciiDigit(s[^(n + 1)]))
            n++;
        return n;
    }

    private string Digits(int count)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
            sb.Append((char)('0' + g.R.Next(10)));
        return sb.ToString();
    }

    public (string, TomlValue) Boolean()
    {
        var b = g.Chance(50);
        return (b ? "true" : "false", new TomlBoolean(b));
    }

    public (string, TomlValue) DateTime()
    {
        var kind = (TomlDateTimeKind)g.R.Next(4);
        var year = g.Chance(5) ? 0 : g.R.Next(1, 10000);
        var month = g.R.Next(1, 13);
        var leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        var days = month == 2 ? (leap ? 29 : 28) : month is 4 or 6 or 9 or 11 ? 30 : 31;
        var day = g.R.Next(1, days + 1);
        var (hour, minute, second) = (g.R.Next(24), g.R.Next(60), g.Chance(3) ? 60 : g.R.Next(60));
        var fractionDigits = g.Chance(50) ? 0 : g.R.Next(1, 13);
        var fraction = Digits(fractionDigits);
        var nanos = fractionDigits == 0 ? 0 : int.Parse(fraction.PadRight(9, '0')[..9], CultureInfo.InvariantCulture);
        var offset = 0;
        var offsetText = "";
        if (kind == TomlDateTimeKind.OffsetDateTime)
        {
            if (g.Chance(40))
            {
                offsetText = g.Pick("Z", "z");
            }
            else
            {
                var (oh, om) = (g.R.Next(24), g.R.Next(60));
                var negative = g.Chance(50);
                offset = (oh * 60 + om) * (negative ? -1 : 1);
                offsetText = (negative ? "-" : "+") + $"{oh:D2}:{om:D2}";
            }
        }
        var date = $"{year:D4}-{month:D2}-{day:D2}";
        var time = $"{hour:D2}:{minute:D2}:{second:D2}" + (fractionDigits > 0 ? "." + fraction : "");
        var text = kind switch
        {
            TomlDateTimeKind.LocalDate => date,
            TomlDateTimeKind.LocalTime => time,
            _ => date + g.Pick("T", "t", " ") + time + offsetText,
        };
        var value = new TomlDateTime(kind, kind == TomlDateTimeKind.LocalTime ? 0 : year, kind == TomlDateTimeKind.LocalTime ? 0 : month,
            kind == TomlDateTimeKind.LocalTime ? 0 : day, kind == TomlDateTimeKind.LocalDate ? 0 : hour,
            kind == TomlDateTimeKind.LocalDate ? 0 : minute, kind == TomlDateTimeKind.LocalDate ? 0 : second,
            kind == TomlDateTimeKind.LocalDate ? 0 : nanos, offset);
        return (text, new TomlDateTimeValue(value));
    }

    public (string, TomlValue) Array(int depth)
    {
        var sb = new StringBuilder("[");
        var array = new TomlArray();
        var n = g.R.Next(5);
        for (var i = 0; i < n; i++)
        {
            sb.Append(Separator());
            var (text, value) = Any(depth);
            sb.Append(text);
            array.Add(value);
            sb.Append(Separator());
            if (i < n - 1 || g.Chance(30))
                sb.Append(',');
        }
        sb.Append(Separator()).Append(']');
        return (sb.ToString(), array);
    }

    /// <summary>Whitespace, comments and line breaks between array elements (TOML allows all three there).</summary>
    private string Separator() => g.R.Next(4) switch
    {
        0 => "",
        1 => g.Space(),
        2 => g.NewLine + g.Indent(),
        _ => g.Comment() + g.NewLine + g.Indent(),
    };

    public (string, TomlValue) InlineTable(int depth)
    {
        var table = new TomlTable();
        var entries = new List<string>();
        var n = g.R.Next(4);
        for (var i = 0; i < n; i++)
        {
            var name = Unique(table, g.KeyName());
            var (text, value) = Any(depth);
            if (g.Chance(25))
            {
                // A dotted key inside the inline table creates a table there.
                var inner = g.KeyName();
                table.Add(name, new TomlTable { { inner, value } });
                entries.Add(g.KeyText(name) + g.Space() + "." + g.Space() + g.KeyText(inner) + g.Space() + "=" + g.Space() + text);
            }
            else
            {
                table.Add(name, value);
                entries.Add(g.KeyText(name) + g.Space() + "=" + g.Space() + text);
            }
        }
        var body = string.Join(g.Space() + "," + g.Space(), entries);
        return ("{" + g.Space() + body + g.Space() + "}", table);
    }

    public static string Unique(TomlTable table, string name)
    {
        var candidate = name;
        for (var i = 2; table.ContainsKey(candidate); i++)
            candidate = name + i.ToString(CultureInfo.InvariantCulture);
        return candidate;
    }
}
