namespace TelnetTui.Tools.WidthTableGenerator;

/// <summary>
/// Usage: dotnet run --project tools/WidthTableGenerator [-- UNICODE_DIR [OUTPUT]]
/// Defaults: /usr/share/unicode (Debian's unicode-data) and src/Unicode/CharWidthTable.g.cs: the one width
/// table, compiled into both the terminal emulator and the TUI toolkit (each links the file), so both agree
/// on every character's width without referencing each other (DESIGN.md).
/// </summary>
public static class Program
{
    public const string DefaultUnicodeDirectory = "/usr/share/unicode";
    public const string DefaultOutput = "src/Unicode/CharWidthTable.g.cs";

    public static int Main(string[] args)
    {
        var unicodeDirectory = args.Length > 0 ? args[0] : DefaultUnicodeDirectory;
        var output = args.Length > 1 ? args[1] : DefaultOutput;
        if (!File.Exists(Path.Combine(unicodeDirectory, "EastAsianWidth.txt")))
        {
            Console.Error.WriteLine($"WidthTableGenerator: {unicodeDirectory}/EastAsianWidth.txt not found (install Debian's unicode-data)");
            return 2;
        }
        File.WriteAllText(output, Generate(unicodeDirectory));
        Console.WriteLine($"wrote {output}");
        return 0;
    }

    /// <summary>The generated C# source for the Unicode data in <paramref name="unicodeDirectory"/>.</summary>
    public static string Generate(string unicodeDirectory)
        => TableWriter.Write(WidthRules.Compute(unicodeDirectory), Describe(unicodeDirectory));

    private static string Describe(string unicodeDirectory)
    {
        var header = File.ReadLines(Path.Combine(unicodeDirectory, "EastAsianWidth.txt")).FirstOrDefault() ?? "";
        var version = header.TrimStart('#', ' ');
        var hasEmoji = File.Exists(Path.Combine(unicodeDirectory, "emoji", "emoji-data.txt"));
        return $"{version}, UnicodeData.txt" + (hasEmoji ? " and emoji/emoji-data.txt" : "");
    }
}
