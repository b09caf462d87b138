using System.Collections;
using System.Diagnostics.CodeAnalysis;
using TelnetTui.Toml.Syntax;

namespace TelnetTui.Toml;

/// <summary>A TOML table: keys in the order they were written, each naming a value.</summary>
public sealed class TomlTable : TomlValue, IEnumerable<KeyValuePair<string, TomlValue>>
{
    private readonly OrderedDictionary<string, TomlValue> _entries = new(StringComparer.Ordinal);

    internal TableOrigin Origin;

    /// <summary>Its key in the parent table (null when it is an array element).</summary>
    internal string? NameInParent;

    /// <summary>The [header] or [[header]] that defines it; document only.</summary>
    internal TableHeaderSyntax? Header;

    /// <summary>For a dotted-key table: the last key/value line that added to it; document only.</summary>
    internal KeyValueSyntax? LastDottedEntry;

    /// <summary>For a dotted-key table: the header of the section its lines live in (null for the root section); document only.</summary>
    internal TableHeaderSyntax? DottedSection;

    public TomlTable()
    {
    }

    internal TomlTable(TableOrigin origin) => Origin = origin;

    /// <summary>True when written (or to be written) as an inline table { ... } rather than a [section].</summary>
    public bool IsInline { get; set; }

    public override TomlValueKind Kind => TomlValueKind.Table;

    public int Count => _entries.Count;

    public IEnumerable<string> Keys => _entries.Keys;

    public TomlValue this[string key]
    {
        get => _entries.TryGetValue(key, out var v) ? v : throw new KeyNotFoundException($"no key '{key}' in this table");
        set => _entries[key] = value;
    }

    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TomlValue value) => _entries.TryGetValue(key, out value);

    public void Add(string key, TomlValue value) => _entries.Add(key, value);

    public bool Remove(string key) => _entries.Remove(key);

    public IEnumerator<KeyValuePair<string, TomlValue>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override bool Equals(TomlValue? other)
    {
        if (other is not TomlTable t || t.Count != Count)
            return false;
        foreach (var (key, value) in _entries)
        {
            if (!t._entries.TryGetValue(key, out var theirs) || !value.Equals(theirs))
                return false;
        }
        return true;
    }

    public override int GetHashCode() => HashCode.Combine(TomlValueKind.Table, Count);

    /// <summary>The dotted name of this table from the root ("hosts.nethack"), for messages; empty for the root.</summary>
    public string DisplayPath => TomlPathFormatter.TablePath(this);

    internal void AddChild(string key, TomlValue value)
    {
        _entries.Add(key, value);
        value.Parent = this;
        switch (value)
        {
            case TomlTable t:
                t.NameInParent = key;
                break;
            case TomlArray a:
                a.NameInParent = key;
                break;
        }
    }
}
