using TelnetTui.Core.Book;
using TelnetTui.Core.Settings;
using TelnetTui.Toml;

namespace TelnetTui.Core.Tests.Settings;

/// <summary>
/// Issue 4: "validation errors that name the file, line, column and the allowed values". Each
/// Data/Invalid file lists, in "#! " lines at its end, exactly the diagnostics it must produce, in
/// file order. Files named config-* are read as config.toml, book-* as book.toml.
/// </summary>
public class ValidationVectorTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Data", "Invalid");

    public static TheoryData<string> Files() => new(Directory.GetFiles(Folder, "*.toml").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Files))]
    public void File_produces_exactly_the_listed_diagnostics(string file)
    {
        var text = File.ReadAllText(Path.Combine(Folder, file));
        var expected = text.Split('\n').Where(l => l.StartsWith("#! ", StringComparison.Ordinal)).Select(l => l[3..]).ToList();
        var root = TomlReader.Read(text, file);
        var diagnostics = file.StartsWith("config-", StringComparison.Ordinal)
            ? SettingsMapper.Map(root, file, [BookMapper.HostsKey]).Diagnostics
            : BookMapper.Map(root, file).Diagnostics;
        Assert.Equal(expected, diagnostics.Select(d => d.ToString()).ToList());
    }
}
