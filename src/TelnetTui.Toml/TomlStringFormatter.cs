using System.Globalization;
using System.Text;

namespace TelnetTui.Toml;

/// <summary>Writes strings in the four TOML 1.0.0 forms ("String").</summary>
public static class TomlStringFormatter
{
    /// <summary>A basic string "..." with the escapes TOML defines and \uXXXX for other control characters.</summary>
    public static string Basic(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        AppendEscaped(sb, value, multiLine: false);
        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>A multi-line basic string; the newline after the opening quotes is dropped by readers, so the value survives exactly.</summary>
    public static string MultiLineBasic(string value, string newLine)
    {
        var sb = new StringBuilder(value.Length + 8);
        sb.Append("\"\"\"").Append(newLine);
        AppendEscaped(sb, value, multiLine: true);
        sb.Append("\"\"\"");
        return sb.ToString();
    }

    /// <summary>True when the value can be a literal string '...' (no apostrophe, newline or control character but tab).</summary>
    public static bool CanBeLiteral(string value)
    {
        foreach (var c in value)
        {
            if (c == '\'' || (IsControl(c) && c != '\t'))
                return false;
        }
        return IsWellFormed(value);
    }

    /// <summary>True when the value can be a multi-line literal string (no ''' and no control character but tab and LF).</summary>
    public static bool CanBeMultiLineLiteral(string value)
    {
        if (value.Contains("'''", StringComparison.Ordinal))
            return false;
        foreach (var c in value)
        {
            if (IsControl(c) && c is not '\t' and not '\n')
                return false;
        }
        return IsWellFormed(value);
    }

    public static string Literal(string value) => "'" + value + "'";

    public static string MultiLineLiteral(string value, string newLine) => "'''" + newLine + value + "'''";

    internal static bool IsControl(char c) => c < 0x20 || c == 0x7F;

    private static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                i++;
            else if (char.IsSurrogate(value[i]))
                return false;
        }
        return true;
    }

    private static void AppendEscaped(StringBuilder sb, string value, bool multiLine)
    {
        if (!IsWellFormed(value))
            throw new ArgumentException("the string holds a lone UTF-16 surrogate, which TOML (UTF-8) cannot store", nameof(value));
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append(multiLine ? "\n" : "\\n"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (IsControl(c))
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        sb.Append(c);
                    break;
            }
        }
    }
}
