using System.Globalization;
using System.Text;
using TelnetTui.Toml.Syntax;

namespace TelnetTui.Toml.Editing;

/// <summary>
/// Writes a value as inline TOML text. When it replaces a value, the old one's style is kept where
/// the new value allows it: literal or multi-line strings stay so, hex/octal/binary integers keep their base.
/// </summary>
internal static class ValueFormatter
{
    public static string Format(TomlValue value, string newLine, ValueSyntax? replacing = null)
    {
        var sb = new StringBuilder();
        Append(sb, value, newLine, (replacing as ScalarSyntax)?.Style ?? ScalarStyle.Plain, replacing);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, TomlValue value, string newLine, ScalarStyle style, ValueSyntax? replacing)
    {
        switch (value)
        {
            case TomlString s:
                sb.Append(FormatString(s.Value, style, newLine));
                break;
            case TomlInteger i:
                sb.Append(FormatInteger(i.Value, style, replacing));
                break;
            case TomlFloat f:
                sb.Append(FormatFloat(f.Value));
                break;
            case TomlBoolean b:
                sb.Append(b.Value ? "true" : "false");
                break;
            case TomlDateTimeValue d:
                sb.Append(d.Value.ToString());
                break;
            case TomlArray a:
                sb.Append('[');
                for (var k = 0; k < a.Count; k++)
                {
                    if (k > 0)
                        sb.Append(", ");
                    Append(sb, a[k], newLine, ScalarStyle.Plain, null);
                }
                sb.Append(']');
                break;
            case TomlTable t:
                if (t.Count == 0)
                {
                    sb.Append("{}");
                    break;
                }
                sb.Append("{ ");
                var first = true;
                foreach (var (key, item) in t)
                {
                    if (!first)
                        sb.Append(", ");
                    first = false;
                    sb.Append(TomlKeyFormatter.Format(key)).Append(" = ");
                    Append(sb, item, newLine, ScalarStyle.Plain, null);
                }
                sb.Append(" }");
                break;
            default:
                throw new ArgumentException($"cannot write {value.GetType().Name}", nameof(value));
        }
    }

    public static string FormatString(string value, ScalarStyle style, string newLine) => style switch
    {
        ScalarStyle.LiteralString when TomlStringFormatter.CanBeLiteral(value) => TomlStringFormatter.Literal(value),
        ScalarStyle.MultiLineLiteralString when TomlStringFormatter.CanBeMultiLineLiteral(value) => TomlStringFormatter.MultiLineLiteral(value, newLine),
        ScalarStyle.MultiLineBasicString or ScalarStyle.MultiLineLiteralString => TomlStringFormatter.MultiLineBasic(value, newLine),
        _ => TomlStringFormatter.Basic(value),
    };

    private static string FormatInteger(long value, ScalarStyle style, ValueSyntax? replacing)
    {
        if (value < 0)
            return value.ToString(CultureInfo.InvariantCulture);
        return style switch
        {
            ScalarStyle.HexInteger => "0x" + (UsesUpperHex(replacing) ? value.ToString("X", CultureInfo.InvariantCulture) : value.ToString("x", CultureInfo.InvariantCulture)),
            ScalarStyle.OctalInteger => "0o" + Convert.ToString(value, 8),
            ScalarStyle.BinaryInteger => "0b" + Convert.ToString(value, 2),
            _ => value.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static bool UsesUpperHex(ValueSyntax? replacing) =>
        replacing is ScalarSyntax { Value.Source: { } source } s
        && source.Text.AsSpan(s.Span.Start, s.Span.Length).IndexOfAny("ABCDEF") >= 0;

    public static string FormatFloat(double value)
    {
        if (double.IsNaN(value))
            return "nan";
        if (double.IsInfinity(value))
            return value > 0 ? "inf" : "-inf";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        // TOML needs a fraction or an exponent to tell a float from an integer.
        return text.AsSpan().IndexOfAny(".eE") >= 0 ? text : text + ".0";
    }
}
