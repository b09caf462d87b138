namespace TelnetTui.Toml.Tests.Documents;

/// <summary>
/// One edit scenario file (Data/Edits/*.edit): a TOML input, edit commands, and the exact
/// expected output. Blocks start with "=== input", "=== edits", "=== output"; "=== input crlf"
/// turns every line break of the input and output into CRLF.
/// Commands: <c>set PATH = VALUE</c>, <c>set-section PATH = VALUE</c> (tables as [sections]),
/// <c>remove PATH</c>, <c>rename PATH -> KEY</c>, <c>add-table PATH [= VALUE]</c>, <c>add-entry PATH [= VALUE]</c>.
/// </summary>
internal sealed record EditScenario(string Name, string Input, IReadOnlyList<string> Commands, string Output)
{
    public static EditScenario Load(string path)
    {
        var lines = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0)
            lines = lines[..^1];
        var blocks = new Dictionary<string, List<string>>();
        List<string>? current = null;
        var crlf = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                var header = line[4..].Trim().Split(' ');
                crlf |= header.Contains("crlf");
                blocks[header[0]] = current = [];
                continue;
            }
            current?.Add(line);
        }
        // Every line of a block ends with a line break (so a document's last line always has one).
        string Block(string name) => string.Concat(blocks[name].Select(l => l + (crlf ? "\r\n" : "\n")));
        var commands = blocks["edits"].Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')).ToList();
        return new EditScenario(Path.GetFileNameWithoutExtension(path), Block("input"), commands, Block("output"));
    }

    public void Apply(TomlDocument document)
    {
        foreach (var command in Commands)
            Run(document, command.Trim());
    }

    private static void Run(TomlDocument document, string command)
    {
        var space = command.IndexOf(' ');
        var verb = command[..space];
        var rest = command[(space + 1)..];
        var (pathText, valueText) = SplitAssignment(rest);
        switch (verb)
        {
            case "set":
                document.Set(TomlPath.Parse(pathText), Value(valueText!));
                break;
            case "set-section":
                document.Set(TomlPath.Parse(pathText), AsSections(Value(valueText!)));
                break;
            case "remove":
                Assert.True(document.Remove(TomlPath.Parse(pathText)), $"nothing to remove at {pathText}");
                break;
            case "rename":
            {
                var arrow = rest.IndexOf("->", StringComparison.Ordinal);
                var newKey = TomlPath.Parse(rest[(arrow + 2)..].Trim()).Last.Key!;
                document.Rename(TomlPath.Parse(rest[..arrow].Trim()), newKey);
                break;
            }
            case "add-table":
                document.AddTable(TomlPath.Parse(pathText), valueText is null ? null : (TomlTable)AsSections(Value(valueText)));
                break;
            case "add-entry":
                document.AddArrayTableEntry(TomlPath.Parse(pathText), valueText is null ? null : (TomlTable)AsSections(Value(valueText)));
                break;
            default:
                throw new InvalidOperationException($"unknown edit command '{verb}'");
        }
    }

    /// <summary>"PATH = VALUE" split at the first '=' outside quotes.</summary>
    private static (string Path, string? Value) SplitAssignment(string text)
    {
        char quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                    quote = '\0';
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '=')
            {
                return (text[..i].Trim(), text[(i + 1)..].Trim());
            }
        }
        return (text.Trim(), null);
    }

    private static TomlValue Value(string text) => TomlReader.Read("v = " + text)["v"];

    private static TomlValue AsSections(TomlValue value)
    {
        if (value is TomlTable table)
        {
            table.IsInline = false;
            foreach (var (_, item) in table)
                AsSections(item);
        }
        return value;
    }
}
