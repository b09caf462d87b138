namespace TelnetTui.Telnet.Tests.Infrastructure;

/// <summary>One parsed vector file (format in Vectors/README.md).</summary>
public sealed class VectorFile
{
    public required string Name { get; init; }
    public required byte[] Input { get; init; }
    public required List<string> ExpectedEvents { get; init; }
    public required byte[] ExpectedOutput { get; init; }
    public required List<string[]> Settings { get; init; }

    public bool Has(string setting) => Settings.Any(s => s[0] == setting);

    public string[]? Get(string setting) => Settings.FirstOrDefault(s => s[0] == setting);

    public static string Folder(string kind) => Path.Combine(AppContext.BaseDirectory, "Vectors", kind);

    /// <summary>File names of every vector of a kind, for [MemberData].</summary>
    public static TheoryData<string> Names(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder(kind), "*.vec").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    public static VectorFile Load(string kind, string name)
    {
        var input = new List<byte>();
        var output = new List<byte>();
        var events = new List<string>();
        var settings = new List<string[]>();
        var lineNo = 0;
        foreach (var raw in File.ReadAllLines(Path.Combine(Folder(kind), name)))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var space = line.IndexOf(' ');
            var head = space < 0 ? line : line[..space];
            var rest = space < 0 ? "" : line[(space + 1)..].Trim();
            try
            {
                switch (head)
                {
                    case "in": input.AddRange(ByteTokens.Parse(rest)); break;
                    case "out": output.AddRange(ByteTokens.Parse(rest)); break;
                    case "ev": events.Add(rest); break;
                    case "set": settings.Add(rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)); break;
                    default: throw new FormatException($"unknown line kind '{head}'");
                }
            }
            catch (FormatException e)
            {
                throw new FormatException($"{name}:{lineNo}: {e.Message}", e);
            }
        }
        return new VectorFile
        {
            Name = name,
            Input = input.ToArray(),
            ExpectedEvents = events,
            ExpectedOutput = output.ToArray(),
            Settings = settings,
        };
    }
}
