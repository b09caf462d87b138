namespace TelnetTui.Tools.WidthTableGenerator;

/// <summary>Reads the "range ; value # comment" lines the Unicode Character Database files share (UAX #44 §4.2).</summary>
public static class UnicodeFiles
{
    /// <summary>Every (first, last, value) triple of a UCD property file; the value is the second field, trimmed.</summary>
    public static IEnumerable<(int First, int Last, string Value)> ReadRanges(string path)
    {
        foreach (var raw in File.ReadLines(path))
        {
            var hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
                continue;
            var fields = line.Split(';');
            var range = fields[0].Trim();
            var dots = range.IndexOf("..", StringComparison.Ordinal);
            var first = Convert.ToInt32(dots >= 0 ? range[..dots] : range, 16);
            var last = dots >= 0 ? Convert.ToInt32(range[(dots + 2)..], 16) : first;
            yield return (first, last, fields[1].Trim());
        }
    }

    /// <summary>
    /// General_Category of every code point from UnicodeData.txt (field 2), honouring the
    /// "&lt;..., First&gt;" / "&lt;..., Last&gt;" range pairs (UAX #44 §4.2.3).
    /// </summary>
    public static string[] ReadGeneralCategories(string path)
    {
        var categories = new string[0x110000];
        Array.Fill(categories, "Cn");
        var rangeStart = -1;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
                continue;
            var fields = line.Split(';');
            var cp = Convert.ToInt32(fields[0], 16);
            var name = fields[1];
            var category = fields[2];
            if (name.EndsWith(", First>", StringComparison.Ordinal))
            {
                rangeStart = cp;
                continue;
            }
            if (name.EndsWith(", Last>", StringComparison.Ordinal) && rangeStart >= 0)
            {
                for (var c = rangeStart; c <= cp; c++)
                    categories[c] = category;
                rangeStart = -1;
                continue;
            }
            categories[cp] = category;
        }
        return categories;
    }
}
