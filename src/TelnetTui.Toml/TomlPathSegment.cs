namespace TelnetTui.Toml;

/// <summary>One step of a <see cref="TomlPath"/>: a key of a table, or an index into an array.</summary>
public readonly record struct TomlPathSegment
{
    private TomlPathSegment(string? key, int index)
    {
        Key = key;
        Index = index;
    }

    /// <summary>The key, or null when this step is an array index.</summary>
    public string? Key { get; }

    public int Index { get; }

    public bool IsIndex => Key is null;

    public static TomlPathSegment ForKey(string key) => new(key ?? throw new ArgumentNullException(nameof(key)), -1);

    public static TomlPathSegment ForIndex(int index) =>
        index >= 0 ? new(null, index) : throw new ArgumentOutOfRangeException(nameof(index), "an array index is 0 or more");

    public static implicit operator TomlPathSegment(string key) => ForKey(key);

    public static implicit operator TomlPathSegment(int index) => ForIndex(index);

    public override string ToString() => IsIndex ? $"[{Index}]" : TomlKeyFormatter.Format(Key!);
}
