using System.Collections;
using System.Reflection;

namespace TelnetTui.Core.Tests.Support;

/// <summary>Deep equality of settings and book values: every public property, sequences in order, dictionaries by key.</summary>
internal static class ModelAssert
{
    public static void Equal(object? expected, object? actual)
    {
        var difference = Difference(expected, actual, "");
        Assert.True(difference is null, difference);
    }

    public static string? Difference(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
            return expected is null && actual is null ? null : $"{Show(path)}: expected {expected ?? "null"}, got {actual ?? "null"}";
        var type = expected.GetType();
        var isCollection = expected is IEnumerable && expected is not string;
        if (!isCollection && type != actual.GetType())
            return $"{Show(path)}: expected a {type.Name}, got a {actual.GetType().Name}";
        if (type.IsPrimitive || type.IsEnum || expected is string or decimal or TimeSpan or DateTimeOffset)
            return Equals(expected, actual) ? null : $"{Show(path)}: expected {expected}, got {actual}";
        if (expected is IDictionary e && actual is IDictionary a)
        {
            var keys = e.Keys.Cast<object>().Select(k => k.ToString()!).Order().ToList();
            var actualKeys = a.Keys.Cast<object>().Select(k => k.ToString()!).Order().ToList();
            if (!keys.SequenceEqual(actualKeys))
                return $"{Show(path)}: expected keys [{string.Join(", ", keys)}], got [{string.Join(", ", actualKeys)}]";
            foreach (var key in e.Keys)
            {
                if (Difference(e[key], a[key], $"{path}[{key}]") is { } d)
                    return d;
            }
            return null;
        }
        if (expected is IEnumerable es && actual is IEnumerable @as)
        {
            var el = es.Cast<object?>().ToList();
            var al = @as.Cast<object?>().ToList();
            if (el.Count != al.Count)
                return $"{Show(path)}: expected {el.Count} items, got {al.Count}";
            for (var i = 0; i < el.Count; i++)
            {
                if (Difference(el[i], al[i], $"{path}[{i}]") is { } d)
                    return d;
            }
            return null;
        }
        if (type.IsValueType && type.GetProperties().Length == 0)
            return Equals(expected, actual) ? null : $"{Show(path)}: expected {expected}, got {actual}";
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
                continue;
            if (Difference(property.GetValue(expected), property.GetValue(actual), path.Length == 0 ? property.Name : $"{path}.{property.Name}") is { } d)
                return d;
        }
        return null;
    }

    private static string Show(string path) => path.Length == 0 ? "(value)" : path;
}
