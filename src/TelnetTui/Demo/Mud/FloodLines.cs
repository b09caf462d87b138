using System.Text;
using TelnetTui.Toml;

namespace TelnetTui.Demo.Mud;

/// <summary>
/// The pool of ready-made, coloured MUD lines that <c>flood N</c> sends: built once from the templates in
/// assets/mud/flood.toml (seeded, so every run is the same), stored back to back in one byte array.
/// Every line ends with an SGR reset and CR LF, and holds no 0xFF byte (UTF-8 never has one), so a
/// flood's data bytes are its wire bytes when MCCP is off.
/// </summary>
public sealed class FloodLines
{
    /// <summary>How many lines the pool holds (a power of two: picking one is a mask).</summary>
    public const int PoolSize = 1024;

    private const int Seed = 1994;

    private readonly byte[] _bytes;
    private readonly int[] _starts;

    private FloodLines(byte[] bytes, int[] starts)
    {
        _bytes = bytes;
        _starts = starts;
        for (var i = 0; i < PoolSize; i++)
            MaxLineLength = Math.Max(MaxLineLength, starts[i + 1] - starts[i]);
    }

    /// <summary>The longest line in bytes.</summary>
    public int MaxLineLength { get; }

    /// <summary>Line <paramref name="index"/> (0 ≤ index &lt; <see cref="PoolSize"/>) as UTF-8 bytes.</summary>
    public ReadOnlySpan<byte> Line(int index) => _bytes.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

    /// <summary>Builds the pool from flood.toml's vocabulary and templates.</summary>
    public static FloodLines Read(ReadOnlySpan<byte> utf8, string fileName)
    {
        var doc = TomlFields.Parse(utf8, fileName);
        var words = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["name"] = doc.Strings("names"),
            ["monster"] = doc.Strings("monsters"),
            ["weapon"] = doc.Strings("weapons"),
            ["hit"] = doc.Strings("hits"),
            ["channel"] = doc.Strings("channels"),
            ["chatter"] = doc.Strings("chatter"),
            ["dir"] = doc.Strings("dirs"),
            ["item"] = doc.Strings("items"),
        };
        var templates = doc.Strings("templates");
        foreach (var (key, list) in words)
        {
            if (list.Count == 0)
                throw doc.Error(key, "the list is empty");
        }
        if (templates.Count == 0)
            throw doc.Error("templates", "the list is empty");
        var random = new Random(Seed);
        var text = new StringBuilder();
        var starts = new int[PoolSize + 1];
        var bytes = new List<byte>(PoolSize * 96);
        for (var i = 0; i < PoolSize; i++)
        {
            var template = templates[random.Next(templates.Count)];
            text.Clear();
            Expand(template, words, random, text, doc);
            text.Append("\x1b[0m\r\n");
            starts[i] = bytes.Count;
            bytes.AddRange(Encoding.UTF8.GetBytes(text.ToString()));
        }
        starts[PoolSize] = bytes.Count;
        return new FloodLines([.. bytes], starts);
    }

    private static void Expand(string template, Dictionary<string, IReadOnlyList<string>> words, Random random, StringBuilder text, TomlFields doc)
    {
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                text.Append(template, i, template.Length - i);
                return;
            }
            text.Append(template, i, open - i);
            var close = template.IndexOf('}', open);
            if (close < 0)
                throw doc.Error("templates", $"unclosed '{{' in \"{template}\"");
            var tag = template[(open + 1)..close];
            if (tag == "n")
                text.Append(random.Next(1, 1000));
            else if (words.TryGetValue(tag, out var list))
                text.Append(list[random.Next(list.Count)]);
            else if (MudColour.Sgr(tag) is { } sgr)
                text.Append(sgr);
            else
                throw doc.Error("templates", $"unknown tag {{{tag}}} in \"{template}\"");
            i = close + 1;
        }
    }
}
