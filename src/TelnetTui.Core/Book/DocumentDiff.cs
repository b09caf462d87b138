using TelnetTui.Toml;

namespace TelnetTui.Core.Book;

/// <summary>
/// Writes the difference between two versions of a table into a document, key by key: unchanged
/// keys are not touched at all, so whatever the user wrote for them (comments, spelling of
/// defaults, keys this program does not know) stays exactly as it was.
/// </summary>
internal static class DocumentDiff
{
    public static void Apply(TomlDocument document, TomlPath path, TomlTable? before, TomlTable after)
    {
        if (before is null || !document.Contains(path))
        {
            document.Set(path, after);
            return;
        }
        foreach (var (key, value) in after)
        {
            var old = before.TryGetValue(key, out var v) ? v : null;
            if (value.Equals(old))
                continue;
            if (old is TomlTable oldTable && value is TomlTable newTable && document.Get(path.Append(key)) is TomlTable)
                Apply(document, path.Append(key), oldTable, newTable);
            else
                document.Set(path.Append(key), value);
        }
        foreach (var key in before.Keys)
        {
            if (!after.ContainsKey(key))
                document.Remove(path.Append(key));
        }
    }
}
