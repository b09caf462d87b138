using System.Globalization;
using System.Text;

namespace TelnetTui.Core.Tests.Lines;

/// <summary>A line vector file (format in Data/Lines/README.md).</summary>
internal sealed record LineVector(string Name, string Input, IReadOnlyList<(string Text, string? Raw)> Lines, string Pending)
{
    public static IEnumerable<LineVector> All() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "Lines"), "*.lines").Order(StringComparer.Ordinal).Select(Load);

    public static LineVector Load(string path)
    {
        var input = new StringBuilder();
        var lines = new List<(string, string?)>();
        var pending = "";
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.StartsWith('#') || raw.Length == 0)
                continue;
            var colon = raw.IndexOf(':');
            var key = raw[..colon];
            var value = Unescape(raw[(colon + 1)..].StartsWith(' ') ? raw[(colon + 2)..] : raw[(colon + 1)..]);
            switch (key)
            {
                case "in": input.Append(value); break;
                case "line": lines.Add((value, null)); break;
                case "raw": lines[^1] = (lines[^1].Item1, value); break;
                case "pending": pending = value; break;
                default: throw new FormatException($"{path}: unknown key '{key}'");
            }
        }
        return new LineVector(Path.GetFileName(path), input.ToString(), lines, pending);
    }

    public static string Unescape(string s)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length)
            {
                sb.Append(s[i]);
                continue;
            }
            var c = s[++i];
            switch (c)
            {
                case 'r': sb.Append('\r'); break;
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'e': sb.Append('\u001b'); break;
                case 'a': sb.Append('\u0007'); break;
                case 'b': sb.Append('\b'); break;
                case 'x': sb.Append((char)int.Parse(s.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); i += 2; break;
                case 'u': sb.Append((char)int.Parse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); i += 4; break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    public override string ToString() => Name;
}
