namespace TelnetTui.Toml.Editing;

/// <summary>Parent links of values read from a document.</summary>
internal static class Ancestry
{
    public static TomlValue? ParentOf(TomlValue value) => value.Parent;

    /// <summary>True when <paramref name="value"/> is <paramref name="ancestor"/> or lies inside it.</summary>
    public static bool IsWithin(TomlValue? value, TomlValue ancestor)
    {
        for (var v = value; v is not null; v = ParentOf(v))
        {
            if (ReferenceEquals(v, ancestor))
                return true;
        }
        return false;
    }

    /// <summary>The nearest inline table holding a value (itself included), or null.</summary>
    public static TomlTable? InlineContainer(TomlValue value)
    {
        for (var v = (TomlValue?)value; v is not null; v = ParentOf(v))
        {
            if (v is TomlTable { Origin: TableOrigin.Inline })
                return (TomlTable)v;
            if (v is TomlArray { IsTableArray: false } && !ReferenceEquals(v, value))
                return null;
        }
        return null;
    }

    /// <summary>Keys from <paramref name="ancestor"/> down to <paramref name="table"/> (tables linked by keys only).</summary>
    public static List<string> RelativeKeys(TomlTable table, TomlValue ancestor)
    {
        var keys = new List<string>();
        for (TomlValue v = table; !ReferenceEquals(v, ancestor);)
        {
            var t = (TomlTable)v;
            keys.Add(t.NameInParent ?? throw new InvalidOperationException("an array element is not reachable by keys"));
            v = t.Parent ?? throw new InvalidOperationException("not a descendant");
        }
        keys.Reverse();
        return keys;
    }
}
