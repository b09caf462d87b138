using System.Text;
using TelnetTui.Toml.Editing;

namespace TelnetTui.Toml;

/// <summary>
/// Writes tables as new TOML text: plain keys first, then a [section] per sub-table and [[entries]]
/// per array of tables; tables marked <see cref="TomlTable.IsInline"/> stay inline. Reading the
/// result gives back equal values. To change an existing file without losing its layout use
/// <see cref="TomlDocument"/> instead.
/// </summary>
public static class TomlWriter
{
    public static string Write(TomlTable root, string newLine = "\n")
    {
        var sb = new StringBuilder();
        SectionWriter.AppendKeyValues(sb, root, "", newLine);
        foreach (var (key, value) in root)
        {
            if (!SectionWriter.WantsSections(value))
                continue;
            if (sb.Length > 0)
                sb.Append(newLine);
            sb.Append(value is TomlTable table
                ? SectionWriter.Write([key], table, arrayEntry: false, newLine)
                : SectionWriter.WriteArray([key], (TomlArray)value, newLine));
        }
        return sb.ToString();
    }

    /// <summary>One value as inline TOML ("\"text\"", "42", "[1, 2]", "{ a = 1 }").</summary>
    public static string WriteValue(TomlValue value) => ValueFormatter.Format(value, "\n");
}
