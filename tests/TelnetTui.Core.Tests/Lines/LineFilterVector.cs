using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TelnetTui.Core.Lines;
using TelnetTui.Terminal.Model;

namespace TelnetTui.Core.Tests.Lines;

/// <summary>A line filter vector file (format in Data/LineFilter/README.md), with the filter it describes.</summary>
internal sealed record LineFilterVector(string Name, string Input, IReadOnlyList<Regex> Gags, IReadOnlyList<(Regex Pattern, string Colour)> Highlights,
    IReadOnlyList<string> Rows, IReadOnlyList<(int Row, int Column, Color Colour)> Foregrounds) : ILineFilter
{
    public static IEnumerable<LineFilterVector> All() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "LineFilter"), "*.filter").Order(StringComparer.Ordinal).Select(Load);

    public static LineFilterVector Load(string path)
    {
        var input = new StringBuilder();
        var gags = new List<Regex>();
        var highlights = new List<(Regex, string)>();
        var rows = new List<string>();
        var fgs = new List<(int, int, Color)>();
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.StartsWith('#') || raw.Length == 0)
                continue;
            var colon = raw.IndexOf(':');
            var key = raw[..colon];
            var value = raw[(colon + 1)..].StartsWith(' ') ? raw[(colon + 2)..] : raw[(colon + 1)..];
            switch (key)
            {
                case "in": input.Append(LineVector.Unescape(value)); break;
                case "gag": gags.Add(new Regex(value)); break;
                case "highlight":
                    var space = value.LastIndexOf(' ');
                    highlights.Add((new Regex(value[..space]), value[(space + 1)..]));
                    break;
                case "row": rows.Add(value); break;
                case "fg":
                    var parts = value.Split(' ');
                    fgs.Add((int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), ParseColour(parts[2])));
                    break;
                default: throw new FormatException($"{path}: unknown key '{key}'");
            }
        }
        return new LineFilterVector(Path.GetFileName(path), input.ToString(), gags, highlights, rows, fgs);
    }

    private static Color ParseColour(string text)
    {
        if (text == "default")
            return Color.Default;
        if (text.StartsWith('#'))
        {
            var rgb = int.Parse(text.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return Color.Rgb((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
        }
        return Color.Indexed(int.Parse(text, CultureInfo.InvariantCulture));
    }

    public bool Holds => true;

    public LineVerdict Filter(ReadOnlySpan<char> text, ReadOnlySpan<char> raw)
    {
        var line = text.ToString();
        if (Gags.Any(g => g.IsMatch(line)))
            return LineVerdict.Gagged;
        var colours = new List<LineColour>();
        foreach (var (pattern, colour) in Highlights)
        {
            foreach (Match m in pattern.Matches(line))
                colours.Add(new LineColour(m.Index, m.Length, colour));
        }
        return colours.Count == 0 ? LineVerdict.Show : new LineVerdict(false, colours);
    }

    public override string ToString() => Name;
}
