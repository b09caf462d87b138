using TelnetTui.Testing;

namespace TelnetTui.Toml.Tests.Conformance;

/// <summary>The toml-test corpus in ../shared/toml-test, read in place: the cases its files-toml-1.0.0 list names.</summary>
internal static class TomlTestSuite
{
    public const string ListName = "files-toml-1.0.0";

    /// <summary>The folder, or null when ../shared is absent (tests then call <see cref="SharedData.Require"/>).</summary>
    public static string? Folder => SharedData.TryFolder("toml-test");

    public static IReadOnlyList<string> ValidCases() => Listed("valid/");

    public static IReadOnlyList<string> InvalidCases() => Listed("invalid/");

    private static List<string> Listed(string prefix)
    {
        if (Folder is not { } folder)
            return [];
        return File.ReadAllLines(Path.Combine(folder, ListName))
            .Where(l => l.StartsWith(prefix, StringComparison.Ordinal) && l.EndsWith(".toml", StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>Theory data: every listed case, or one placeholder that reports the missing folder.</summary>
    public static TheoryData<string> Data(IReadOnlyList<string> cases) =>
        cases.Count == 0 ? new TheoryData<string>("(toml-test not present)") : new TheoryData<string>(cases);

    public static string PathOf(string relative) => Path.Combine(SharedData.Require("toml-test"), relative);
}
