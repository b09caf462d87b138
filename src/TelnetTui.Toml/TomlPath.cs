using System.Collections;
using System.Text;
using TelnetTui.Toml.Parsing;

namespace TelnetTui.Toml;

/// <summary>
/// The address of a value in a document: keys and array indexes, written the TOML way with
/// indexes in brackets: <c>hosts.nethack.port</c>, <c>hosts."my bbs".triggers[0].pattern</c>.
/// </summary>
public sealed class TomlPath : IReadOnlyList<TomlPathSegment>, IEquatable<TomlPath>
{
    private readonly TomlPathSegment[] _segments;

    public TomlPath(IEnumerable<TomlPathSegment> segments) => _segments = [.. segments];

    public static TomlPath Root { get; } = new([]);

    public static TomlPath Of(params TomlPathSegment[] segments) => new(segments);

    /// <summary>Reads "a.b[2].'c d'"; keys follow TOML key syntax (bare, "basic" or 'literal').</summary>
    public static TomlPath Parse(string text) => TomlPathParser.Parse(text);

    public int Count => _segments.Length;

    public TomlPathSegment this[int index] => _segments[index];

    public bool IsRoot => _segments.Length == 0;

    public TomlPathSegment Last => _segments[^1];

    public TomlPath Parent => IsRoot ? throw new InvalidOperationException("the root has no parent") : new(_segments[..^1]);

    public TomlPath Append(TomlPathSegment segment) => new([.. _segments, segment]);

    public TomlPath Append(TomlPath tail) => new([.. _segments, .. tail._segments]);

    public bool StartsWith(TomlPath prefix)
    {
        if (prefix.Count > Count)
            return false;
        for (var i = 0; i < prefix.Count; i++)
        {
            if (_segments[i] != prefix._segments[i])
                return false;
        }
        return true;
    }

    public IEnumerator<TomlPathSegment> GetEnumerator() => ((IEnumerable<TomlPathSegment>)_segments).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(TomlPath? other) => other is not null && _segments.AsSpan().SequenceEqual(other._segments);

    public override bool Equals(object? obj) => Equals(obj as TomlPath);

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var s in _segments)
            h.Add(s);
        return h.ToHashCode();
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var s in _segments)
        {
            if (!s.IsIndex && sb.Length > 0)
                sb.Append('.');
            sb.Append(s.ToString());
        }
        return sb.ToString();
    }
}
