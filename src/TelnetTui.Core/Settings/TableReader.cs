using TelnetTui.Toml;

namespace TelnetTui.Core.Settings;

/// <summary>
/// Reads typed fields from one TOML table, reporting every wrong type, out-of-range number and
/// unknown name with its file, line and column and the values allowed; a bad field yields its default.
/// Keys never asked for are reported as unknown (with the closest known key).
/// </summary>
internal sealed class TableReader(TomlTable table, string path, DiagnosticBag diagnostics)
{
    // A host asks for ~25 keys: a short list is cheaper than a set, and is searched as fast.
    // Tables read through Entries() (hosts, options) may be large: all their keys are known at once.
    private readonly List<string> _asked = new(32);
    private bool _allAsked;

    public TomlTable Values { get; } = table;

    public string Path { get; } = path;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public string PathOf(string key) => Path.Length == 0 ? TomlKeyFormatter.Format(key) : Path + "." + TomlKeyFormatter.Format(key);

    private void Asked(string key)
    {
        if (!_allAsked && !_asked.Contains(key))
            _asked.Add(key);
    }

    public bool Has(string key)
    {
        Asked(key);
        return Values.ContainsKey(key);
    }

    /// <summary>The value of a key if present and of the wanted kind; otherwise reports and returns false.</summary>
    public bool TryGet(string key, TomlValueKind kind, out TomlValue value)
    {
        Asked(key);
        if (!Values.TryGetValue(key, out value!))
            return false;
        if (value.Kind == kind)
            return true;
        Diagnostics.Error(value, PathOf(key), $"expected {TomlValue.Describe(kind)}, found {TomlValue.Describe(value.Kind)}");
        return false;
    }

    public string String(string key, string fallback) =>
        TryGet(key, TomlValueKind.String, out var v) ? ((TomlString)v).Value : fallback;

    public bool Boolean(string key, bool fallback) =>
        TryGet(key, TomlValueKind.Boolean, out var v) ? ((TomlBoolean)v).Value : fallback;

    public int Integer(string key, int fallback, int min, int max)
    {
        if (!TryGet(key, TomlValueKind.Integer, out var v))
            return fallback;
        var n = ((TomlInteger)v).Value;
        if (n >= min && n <= max)
            return (int)n;
        Diagnostics.Error(v, PathOf(key), $"{n} is out of range ({min} to {max})");
        return fallback;
    }

    /// <summary>A string that must be one of <paramref name="allowed"/>' names.</summary>
    public T Choice<T>(string key, T fallback, IReadOnlyDictionary<string, T> allowed)
    {
        if (!TryGet(key, TomlValueKind.String, out var v))
            return fallback;
        var text = ((TomlString)v).Value;
        if (allowed.TryGetValue(text, out var result))
            return result;
        Diagnostics.Error(v, PathOf(key), $"'{text}' is not allowed; use one of {string.Join(", ", allowed.Keys)}");
        return fallback;
    }

    /// <summary>A string checked by <paramref name="parse"/>, which returns the value or null with <paramref name="problem"/> explaining.</summary>
    public T Parsed<T>(string key, T fallback, Func<string, (T? Value, string? Problem)> parse)
    {
        if (!TryGet(key, TomlValueKind.String, out var v))
            return fallback;
        var (value, problem) = parse(((TomlString)v).Value);
        if (problem is null)
            return value!;
        Diagnostics.Error(v, PathOf(key), problem);
        return fallback;
    }

    public IReadOnlyList<string> Strings(string key, IReadOnlyList<string> fallback, Func<string, string?>? check = null)
    {
        if (!TryGet(key, TomlValueKind.Array, out var v))
            return fallback;
        var result = new List<string>();
        var array = (TomlArray)v;
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not TomlString s)
            {
                Diagnostics.Error(array[i], $"{PathOf(key)}[{i}]", $"expected a string, found {TomlValue.Describe(array[i].Kind)}");
                return fallback;
            }
            if (check?.Invoke(s.Value) is { } problem)
            {
                Diagnostics.Error(s, $"{PathOf(key)}[{i}]", problem);
                return fallback;
            }
            result.Add(s.Value);
        }
        return result;
    }

    public DateTimeOffset? DateTime(string key)
    {
        if (!TryGet(key, TomlValueKind.DateTime, out var v))
            return null;
        var value = ((TomlDateTimeValue)v).Value;
        if (value.Kind == TomlDateTimeKind.OffsetDateTime && value.Year >= 1)
            return value.ToDateTimeOffset();
        Diagnostics.Error(v, PathOf(key), "expected a date-time with an offset, like 2024-03-01T20:15:00Z");
        return null;
    }

    public TableReader? Table(string key) =>
        TryGet(key, TomlValueKind.Table, out var v) ? new TableReader((TomlTable)v, PathOf(key), Diagnostics) : null;

    /// <summary>The tables of an array of tables (or an array of inline tables).</summary>
    public IReadOnlyList<TableReader> Tables(string key)
    {
        if (!TryGet(key, TomlValueKind.Array, out var v))
            return [];
        var array = (TomlArray)v;
        var result = new List<TableReader>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is TomlTable t)
                result.Add(new TableReader(t, $"{PathOf(key)}[{i}]", Diagnostics));
            else
                Diagnostics.Error(array[i], $"{PathOf(key)}[{i}]", $"expected a table, found {TomlValue.Describe(array[i].Kind)}");
        }
        return result;
    }

    /// <summary>Every entry, for tables whose keys are names (options, keys, panes); all count as known.</summary>
    public IEnumerable<KeyValuePair<string, TomlValue>> Entries()
    {
        _allAsked = true;
        foreach (var entry in Values)
            yield return entry;
    }

    /// <summary>Warns about keys nobody asked for, suggesting the nearest known one.</summary>
    public void ReportUnknownKeys(IReadOnlyCollection<string>? ignored = null)
    {
        if (_allAsked)
            return;
        foreach (var (key, value) in Values)
        {
            if (_asked.Contains(key) || (ignored?.Contains(key) ?? false))
                continue;
            var suggestion = Closest(key, _asked);
            var hint = suggestion is null ? $"known keys here: {string.Join(", ", _asked.Order(StringComparer.Ordinal))}" : $"did you mean '{suggestion}'?";
            Diagnostics.WarningAtKey(value, PathOf(key), $"unknown key, ignored; {hint}");
        }
    }

    private static string? Closest(string key, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var d = Distance(key, candidate);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= Math.Max(1, key.Length / 3) ? best : null;
    }

    /// <summary>Edit distance counting a swap of neighbours as one edit (optimal string alignment), so "prot" is one from "port".</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
