namespace TelnetTui.Tools.WidthTableGenerator;

/// <summary>
/// Usage: dotnet run --project tools/WidthTableGenerator [-- UNICODE_DIR [REPO_ROOT]]
/// Defaults: /usr/share/unicode (Debian's unicode-data) and the current folder. Writes the one width table
/// into each layer that measures text (<see cref="Targets"/>): the terminal emulator and the TUI toolkit
/// must agree on every character's width, and they may not reference each other (DESIGN.md).
/// </summary>
public static class Program
{
    public const string DefaultUnicodeDirectory = "/usr/share/unicode";

    /// <summary>Each generated file (relative to the repository root) and its namespace.</summary>
    public static IReadOnlyList<(string Path, string Namespace)> Targets { get; } =
    [
        ("src/TelnetTui.Terminal/Text/CharWidthTable.g.cs", "TelnetTui.Terminal.Text"),
        ("src/TelnetTui.Tui/Text/CharWidthTable.g.cs", "TelnetTui.Tui.Text"),
    ];

    public static int Main(string[] args)
    {
        var unicodeDirectory = args.Length > 0 ? args[0] : DefaultUnicodeDirectory;
        var root = args.Length > 1 ? args[1] : ".";
        if (!File.Exists(Path.Combine(unicodeDirectory, "EastAsianWidth.txt")))
        {
            Console.Error.WriteLine($"WidthTableGenerator: {unicodeDirectory}/EastAsianWidth.txt not found (install Debian's unicode-data)");
            return 2;
        }
        var widths = WidthRules.Compute(unicodeDirectory);
        var description = Describe(unicodeDirectory);
        foreach (var (path, ns) in Targets)
        {
            var output = Path.Combine(root, path);
            File.WriteAllText(output, TableWriter.Write(widths, description, ns));
            Console.WriteLine($"wrote {output}");
        }
        return 0;
    }

    /// <summary>The generated C# source for the Unicode data in <paramref name="unicodeDirectory"/>, in namespace <paramref name="ns"/>.</summary>
    public static string Generate(string unicodeDirectory, string ns)
        => TableWriter.Write(WidthRules.Compute(unicodeDirectory), Describe(unicodeDirectory), ns);

    private static string Describe(string unicodeDirectory)
    {
        var header = File.ReadLines(Path.Combine(unicodeDirectory, "EastAsianWidth.txt")).FirstOrDefault() ?? "";
        var version = header.TrimStart('#', ' ');
        var hasEmoji = File.Exists(Path.Combine(unicodeDirectory, "emoji", "emoji-data.txt"));
        return $"{version}, UnicodeData.txt" + (hasEmoji ? " and emoji/emoji-data.txt" : "");
    }
}
