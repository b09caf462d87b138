using System.Text;

namespace TelnetTui.Toml.Editing;

/// <summary>
/// Writes a table as [header] sections: its plain keys first, then each sub-table as its own
/// [section] and each array of tables as [[entries]]; tables marked inline stay { ... } values.
/// </summary>
internal static class SectionWriter
{
    /// <summary>True when a value is written as sections rather than as "key = value".</summary>
    public static bool WantsSections(TomlValue value) => value switch
    {
        TomlTable t => !t.IsInline,
        TomlArray { IsTableArray: true, Count: > 0 } a => a.All(v => v is TomlTable { IsInline: false }),
        _ => false,
    };

    /// <summary>The section(s) for <paramref name="table"/> at <paramref name="headerKeys"/>.</summary>
    public static string Write(IReadOnlyList<string> headerKeys, TomlTable table, bool arrayEntry, string newLine)
    {
        var sb = new StringBuilder();
        Append(sb, headerKeys, table, arrayEntry, newLine);
        return sb.ToString();
    }

    /// <summary>The [[entry]] sections of an array of tables, one per element.</summary>
    public static string WriteArray(IReadOnlyList<string> headerKeys, TomlArray array, string newLine)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < array.Count; i++)
        {
            if (i > 0)
                sb.Append(newLine);
            Append(sb, headerKeys, (TomlTable)array[i], arrayEntry: true, newLine);
        }
        return sb.ToString();
    }

    /// <summary>The "key = value" lines for a table's plain values.</summary>
    public static void AppendKeyValues(StringBuilder sb, TomlTable table, string indent, string newLine)
    {
        foreach (var (key, value) in table)
        {
            if (!WantsSections(value))
                sb.Append(indent).Append(TomlKeyFormatter.Format(key)).Append(" = ").Append(ValueFormatter.Format(value, newLine)).Append(newLine);
        }
    }

    private static void Append(StringBuilder sb, IReadOnlyList<string> keys, TomlTable table, bool arrayEntry, string newLine)
    {
        var name = TomlKeyFormatter.FormatDotted(keys);
        var plain = table.Any(kv => !WantsSections(kv.Value));
        var sections = table.Count(kv => WantsSections(kv.Value));
        // A table holding only sub-tables needs no header of its own ([a.b] creates a), unless it is an array entry.
        var ownHeader = arrayEntry || plain || sections == 0;
        if (ownHeader)
        {
            sb.Append(arrayEntry ? "[[" : "[").Append(name).Append(arrayEntry ? "]]" : "]").Append(newLine);
            AppendKeyValues(sb, table, "", newLine);
        }
        var first = !ownHeader;
        foreach (var (key, value) in table)
        {
            if (!WantsSections(value))
                continue;
            List<string> childKeys = [.. keys, key];
            if (!first)
                sb.Append(newLine);
            first = false;
            if (value is TomlTable child)
                Append(sb, childKeys, child, arrayEntry: false, newLine);
            else
                sb.Append(WriteArray(childKeys, (TomlArray)value, newLine));
        }
    }
}
