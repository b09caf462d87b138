using System.Collections;

namespace TelnetTui.Toml;

/// <summary>A TOML array: a static array value, or an array of tables built from [[headers]].</summary>
public sealed class TomlArray : TomlValue, IReadOnlyList<TomlValue>
{
    private readonly List<TomlValue> _items;

    public TomlArray() => _items = [];

    public TomlArray(IEnumerable<TomlValue> items) => _items = [.. items];

    /// <summary>
    /// True for an array of tables written as [[name]] sections. When read, only [[ ]] arrays are;
    /// when writing, a true value asks for [[ ]] sections (every element must be a table).
    /// </summary>
    public bool IsTableArray { get; set; }

    internal string? NameInParent;

    public override TomlValueKind Kind => TomlValueKind.Array;

    public int Count => _items.Count;

    public TomlValue this[int index] => _items[index];

    public void Add(TomlValue item) => _items.Add(item);

    public void RemoveAt(int index) => _items.RemoveAt(index);

    public IEnumerator<TomlValue> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override bool Equals(TomlValue? other)
    {
        if (other is not TomlArray a || a.Count != Count)
            return false;
        for (var i = 0; i < _items.Count; i++)
        {
            if (!_items[i].Equals(a._items[i]))
                return false;
        }
        return true;
    }

    public override int GetHashCode() => HashCode.Combine(TomlValueKind.Array, Count);

    internal int IndexOf(TomlValue item)
    {
        for (var i = 0; i < _items.Count; i++)
        {
            if (ReferenceEquals(_items[i], item))
                return i;
        }
        return -1;
    }
}
