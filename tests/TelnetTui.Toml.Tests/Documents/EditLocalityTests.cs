using TelnetTui.Toml.Tests.Conformance;

namespace TelnetTui.Toml.Tests.Documents;

/// <summary>
/// Issue 4, "edits touch only what they change", checked on every scalar of every valid toml-test
/// file: setting it to a new value changes the text only inside that value's span, and every
/// other value reads back the same.
/// </summary>
public class EditLocalityTests
{
    public static TheoryData<string> ValidCases() => TomlTestSuite.Data(TomlTestSuite.ValidCases());

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Setting_any_scalar_changes_only_that_value(string relative)
    {
        var bytes = File.ReadAllBytes(TomlTestSuite.PathOf(relative));
        var original = TomlDocument.Parse(bytes, relative);
        var text = original.ToString();
        foreach (var path in ScalarPaths(original.Root, TomlPath.Root))
        {
            var document = TomlDocument.Parse(text, relative);
            var old = document.Get(path)!;
            var span = old.Syntax!.Span;
            var replacement = Mutate(old);
            document.Set(path, replacement);

            var edited = document.ToString();
            var prefix = text[..span.Start];
            var suffix = text[span.End..];
            Assert.True(edited.StartsWith(prefix, StringComparison.Ordinal) && edited.EndsWith(suffix, StringComparison.Ordinal)
                        && edited.Length >= prefix.Length + suffix.Length,
                $"{relative}: setting {path} changed text outside its value:\n{edited}");

            var expected = TomlReader.Read(text, relative);
            Replace(expected, path, replacement);
            Assert.True(expected.Equals(document.Root), $"{relative}: after setting {path} the values differ:\n{edited}");
        }
    }

    internal static IEnumerable<TomlPath> ScalarPaths(TomlValue value, TomlPath at)
    {
        switch (value)
        {
            case TomlTable t:
                foreach (var (key, item) in t)
                {
                    foreach (var p in ScalarPaths(item, at.Append(key)))
                        yield return p;
                }
                break;
            case TomlArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var p in ScalarPaths(a[i], at.Append(i)))
                        yield return p;
                }
                break;
            default:
                yield return at;
                break;
        }
    }

    internal static TomlValue Mutate(TomlValue value) => value switch
    {
        TomlString s => new TomlString(s.Value + "é\"'x"),
        TomlInteger i => new TomlInteger(i.Value == long.MaxValue ? i.Value - 1 : i.Value + 1),
        TomlFloat f => new TomlFloat(double.IsFinite(f.Value) ? f.Value * 2 + 1 : 0.5),
        TomlBoolean b => new TomlBoolean(!b.Value),
        TomlDateTimeValue d => new TomlDateTimeValue(Shift(d.Value)),
        _ => throw new ArgumentException(value.Kind.ToString()),
    };

    private static TomlDateTime Shift(TomlDateTime v) => v.Kind == TomlDateTimeKind.LocalDate
        ? new(v.Kind, v.Year, v.Month, v.Day % 28 + 1, 0, 0, 0, 0, 0)
        : new(v.Kind, v.Year, v.Month, v.Day, (v.Hour + 1) % 24, v.Minute, v.Second, v.Nanosecond == 0 ? 500_000_000 : 0, v.OffsetMinutes);

    private static void Replace(TomlTable root, TomlPath path, TomlValue replacement)
    {
        TomlValue container = root;
        for (var i = 0; i < path.Count - 1; i++)
            container = path[i].IsIndex ? ((TomlArray)container)[path[i].Index] : ((TomlTable)container)[path[i].Key!];
        if (path.Last.IsIndex)
        {
            var array = (TomlArray)container;
            var items = array.ToList();
            items[path.Last.Index] = replacement;
            while (array.Count > 0)
                array.RemoveAt(0);
            foreach (var item in items)
                array.Add(item);
        }
        else
        {
            ((TomlTable)container)[path.Last.Key!] = replacement;
        }
    }
}
