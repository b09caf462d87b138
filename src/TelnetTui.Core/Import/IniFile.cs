namespace TelnetTui.Core.Import;

/// <summary>One [section] of an INI file: its name, line, and keys (case-insensitive, first value wins).</summary>
public sealed record IniSection(string Name, int Line, IReadOnlyDictionary<string, string> Values);

/// <summary>
/// A small INI reader for SyncTERM's list format: "[Name]" sections, "Key=Value" lines (spaces
/// around both trimmed), ';' or '#' comments. Keys before the first section form the root
/// (SyncTERM's defaults entry). Lines that are neither are skipped.
/// </summary>
public static class IniFile
{
    public const int MaxSections = 100_000;

    public static (IReadOnlyDictionary<string, string> Root, IReadOnlyList<IniSection> Sections) Parse(string text)
    {
        var root = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var sections = new List<IniSection>();
        var current = root;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length && sections.Count < MaxSections; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            if (line.Length == 0 || line[0] is ';' or '#')
                continue;
            if (line[0] == '[' && line[^1] == ']')
            {
                current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                sections.Add(new IniSection(line[1..^1].Trim(), i + 1, current));
                continue;
            }
            var eq = line.IndexOf('=');
            if (eq <= 0)
                continue;
            current.TryAdd(line[..eq].Trim(), line[(eq + 1)..].Trim());
        }
        return (root, sections);
    }
}
