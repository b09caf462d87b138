namespace TelnetTui.Toml;

/// <summary>Finds the path of a value read from a document, for messages and edits.</summary>
internal static class TomlPathFormatter
{
    public static string TablePath(TomlTable table) => PathOf(table).ToString();

    public static TomlPath PathOf(TomlValue value)
    {
        var segments = new List<TomlPathSegment>();
        TomlValue? current = value;
        while (current is not null)
        {
            var parent = current.Parent;
            var name = current switch
            {
                TomlTable t => t.NameInParent,
                TomlArray a => a.NameInParent,
                _ => parent is TomlTable owner ? KeyOf(owner, current) : null,
            };
            if (parent is null)
                break;
            if (name is not null)
                segments.Add(TomlPathSegment.ForKey(name));
            else if (parent is TomlArray array)
                segments.Add(TomlPathSegment.ForIndex(array.IndexOf(current)));
            current = parent;
        }
        segments.Reverse();
        return new TomlPath(segments);
    }

    private static string? KeyOf(TomlTable owner, TomlValue value)
    {
        foreach (var (key, v) in owner)
        {
            if (ReferenceEquals(v, value))
                return key;
        }
        return null;
    }
}
