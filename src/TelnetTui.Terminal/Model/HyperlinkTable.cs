namespace TelnetTui.Terminal.Model;

/// <summary>
/// OSC 8 hyperlinks: cells carry a small id; the URI lives here once. Bounded: past
/// <see cref="MaxLinks"/> the oldest links are forgotten (their cells then have no link).
/// </summary>
public sealed class HyperlinkTable
{
    public const int MaxLinks = 4096;
    public const int MaxUriLength = 2048;

    private readonly Dictionary<int, string> _byId = [];
    private readonly Dictionary<int, string> _keyOf = [];
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly Queue<int> _order = new();
    private int _nextId = 1;

    /// <summary>The URI of link <paramref name="id"/>, or null when there is none (or it was forgotten).</summary>
    public string? Get(int id) => _byId.GetValueOrDefault(id);

    public int Count => _byId.Count;

    /// <summary>Id for <paramref name="uri"/> (the host's id parameter groups cells of one link); 0 when the URI is unusable.</summary>
    internal int Intern(string uri, string? hostId)
    {
        if (uri.Length == 0 || uri.Length > MaxUriLength)
            return 0;
        foreach (var c in uri)
        {
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F))
                return 0;
        }
        var key = (hostId ?? "") + "\n" + uri;
        if (_byKey.TryGetValue(key, out var existing))
            return existing;
        if (_byId.Count >= MaxLinks)
        {
            var oldest = _order.Dequeue();
            _byId.Remove(oldest);
            _keyOf.Remove(oldest, out var oldKey);
            _byKey.Remove(oldKey!);
        }
        var id = _nextId++;
        if (_nextId == int.MaxValue)
            _nextId = 1;
        _byId[id] = uri;
        _byKey[key] = id;
        _keyOf[id] = key;
        _order.Enqueue(id);
        return id;
    }

    internal void Clear()
    {
        _byId.Clear();
        _byKey.Clear();
        _keyOf.Clear();
        _order.Clear();
    }
}
