using System.Globalization;
using System.Text.Json;

namespace TelnetTui.Toml.Tests.Conformance;

/// <summary>
/// Compares tagged JSON the way toml-test does: structure and types exactly; floats as numbers
/// (any NaN equals any NaN); offset date-times as instants, local ones by value; everything else
/// as strings. Returns null when equal, else what differs and where.
/// </summary>
internal static class TaggedJsonComparer
{
    public static string? Difference(JsonElement expected, JsonElement actual, string path = "")
    {
        if (IsTagged(expected) != IsTagged(actual))
            return $"{Show(path)}: expected {(IsTagged(expected) ? "a value" : "a table or array")}, got {actual}";
        if (IsTagged(expected))
            return CompareValues(expected, actual, path);
        if (expected.ValueKind != actual.ValueKind)
            return $"{Show(path)}: expected {expected.ValueKind}, got {actual.ValueKind}";
        if (expected.ValueKind == JsonValueKind.Array)
        {
            var e = expected.EnumerateArray().ToList();
            var a = actual.EnumerateArray().ToList();
            if (e.Count != a.Count)
                return $"{Show(path)}: expected {e.Count} array elements, got {a.Count}";
            for (var i = 0; i < e.Count; i++)
            {
                if (Difference(e[i], a[i], $"{path}[{i}]") is { } d)
                    return d;
            }
            return null;
        }
        var expectedKeys = expected.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var actualKeys = actual.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        if (expectedKeys.Except(actualKeys).FirstOrDefault() is { } missing)
            return $"{Show(path)}: key '{missing}' is missing";
        if (actualKeys.Except(expectedKeys).FirstOrDefault() is { } extra)
            return $"{Show(path)}: unexpected key '{extra}'";
        foreach (var key in expectedKeys)
        {
            if (Difference(expected.GetProperty(key), actual.GetProperty(key), path.Length == 0 ? key : $"{path}.{key}") is { } d)
                return d;
        }
        return null;
    }

    private static bool IsTagged(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object && e.EnumerateObject().Count() == 2
        && e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && e.TryGetProperty("value", out _);

    private static string? CompareValues(JsonElement expected, JsonElement actual, string path)
    {
        var type = expected.GetProperty("type").GetString()!;
        var actualType = actual.GetProperty("type").GetString();
        if (type != actualType)
            return $"{Show(path)}: expected type {type}, got {actualType}";
        var e = expected.GetProperty("value").GetString()!;
        var a = actual.GetProperty("value").GetString()!;
        var equal = type switch
        {
            "float" => FloatsEqual(e, a),
            "datetime" => Instant(e) == Instant(a),
            "datetime-local" => Local(e) == Local(a),
            "date-local" => DateOnly.ParseExact(e, "yyyy-MM-dd", CultureInfo.InvariantCulture) == DateOnly.ParseExact(a, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "time-local" => Time(e) == Time(a),
            _ => e == a,
        };
        return equal ? null : $"{Show(path)}: expected {type} '{e}', got '{a}'";
    }

    private static bool FloatsEqual(string e, string a)
    {
        if (e.EndsWith("nan", StringComparison.Ordinal) || a.EndsWith("nan", StringComparison.Ordinal))
            return e.EndsWith("nan", StringComparison.Ordinal) && a.EndsWith("nan", StringComparison.Ordinal);
        return ParseFloat(e) == ParseFloat(a);
    }

    private static double ParseFloat(string s) => s switch
    {
        "inf" or "+inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static string Normalize(string s) => s.Replace(' ', 'T').Replace('t', 'T').Replace('z', 'Z');

    private static DateTimeOffset Instant(string s) =>
        DateTimeOffset.Parse(Normalize(s), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static DateTime Local(string s) =>
        DateTime.Parse(Normalize(s), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static TimeOnly Time(string s) => TimeOnly.Parse(s, CultureInfo.InvariantCulture);

    private static string Show(string path) => path.Length == 0 ? "(root)" : path;
}
