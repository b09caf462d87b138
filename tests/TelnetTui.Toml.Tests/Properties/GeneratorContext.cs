using System.Globalization;
using System.Text;

namespace TelnetTui.Toml.Tests.Properties;

/// <summary>Random choices and the small pieces of TOML text the generators share (whitespace, comments, keys).</summary>
internal sealed class GeneratorContext(int seed, string newLine)
{
    public readonly Random R = new(seed);
    public readonly string NewLine = newLine;

    public bool Chance(int percent) => R.Next(100) < percent;

    public T Pick<T>(params T[] items) => items[R.Next(items.Length)];

    public string Space() => Pick("", " ", " ", "\t", "  ", " \t ");

    public string Indent() => Pick("", "", "", "  ", "\t", "    ");

    /// <summary>" # text" with characters a comment may hold (no control characters but tab).</summary>
    public string Comment()
    {
        var sb = new StringBuilder(Space() + "#");
        var n = R.Next(12);
        for (var i = 0; i < n; i++)
            sb.Append(Pick("a", "Z", " ", "\t", "#", "\"", "'", "=", "[", "]", "é", "日本", "😀", "\\", "{", "}", ",", "\u00a0"));
        return sb.ToString();
    }

    /// <summary>Blank and comment lines between items.</summary>
    public string TriviaLines()
    {
        var sb = new StringBuilder();
        var n = R.Next(3);
        for (var i = 0; i < n; i++)
            sb.Append(Chance(50) ? Space() : Indent() + Comment().TrimStart()).Append(NewLine);
        return sb.ToString();
    }

    /// <summary>A key name; sometimes one only a quoted key can hold.</summary>
    public string KeyName() => Chance(75)
        ? Pick("a", "b", "host", "port", "name", "x-y", "under_score", "1234", "true", "inf", "nan", "0x1", "-", "_", "Ab9")
        : Pick("two words", "dot.ted", "é", "日本", "quo\"te", "apos'trophe", "", "tab\there", "back\\slash", "#hash", "=eq", "😀");

    /// <summary>A key part as written: bare when possible (mostly), else basic or literal quoting.</summary>
    public string KeyText(string name)
    {
        if (TomlKeyFormatterIndependent.IsBare(name) && Chance(80))
            return name;
        if (Chance(40) && name.All(c => c != '\'' && (c >= 0x20 || c == '\t') && c != 0x7F))
            return "'" + name + "'";
        return "\"" + EscapeBasic(name, multiLine: false, new StringBuilder()) + "\"";
    }

    /// <summary>
    /// Basic-string escaping with random choice among raw characters, short escapes and \u / \U
    /// forms; <paramref name="decoded"/> receives what a reader must get back (a raw line break in a
    /// multi-line string is the document's own line break).
    /// </summary>
    public string EscapeBasic(string value, bool multiLine, StringBuilder decoded)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length)
            {
                var cp = char.ConvertToUtf32(c, value[i + 1]);
                sb.Append(Chance(30) ? "\\U" + cp.ToString("X8", CultureInfo.InvariantCulture) : value.Substring(i, 2));
                decoded.Append(value, i, 2);
                i++;
                continue;
            }
            if (c == '\n' && multiLine && Chance(70))
            {
                sb.Append(NewLine);
                decoded.Append(NewLine);
                continue;
            }
            decoded.Append(c);
            switch (c)
            {
                case '"': sb.Append(Chance(50) ? "\\\"" : "\\u0022"); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append(Pick("\t", "\\t", "\\u0009")); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c < 0x20 || c == 0x7F)
                        sb.Append("\\u").Append(((int)c).ToString(Chance(50) ? "X4" : "x4", CultureInfo.InvariantCulture));
                    else if (Chance(10))
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }
}

/// <summary>The bare-key rule, written again here so the generator does not trust the code under test.</summary>
internal static class TomlKeyFormatterIndependent
{
    public static bool IsBare(string key) =>
        key.Length > 0 && key.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-');
}
