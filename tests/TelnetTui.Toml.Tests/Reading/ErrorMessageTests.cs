namespace TelnetTui.Toml.Tests.Reading;

/// <summary>
/// Issue 4: errors carry "a message a person understands plus line and column". Each file in
/// Data/Errors states on its first line ("#! LINE:COL: message") exactly what the reader must say.
/// </summary>
public class ErrorMessageTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Data", "Errors");

    public static TheoryData<string> Files() => new(Directory.GetFiles(Folder, "*.toml").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Files))]
    public void Error_names_file_line_column_and_the_problem(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));
        var firstLine = System.Text.Encoding.UTF8.GetString(bytes).Split('\n')[0];
        Assert.StartsWith("#! ", firstLine);
        var expected = $"{file}:{firstLine[3..]}";

        var error = Assert.Throws<TomlException>(() => TomlReader.Read(bytes, file));
        Assert.Equal(expected, error.Message);
        // The same text as a document gives the same error.
        var documentError = Assert.Throws<TomlException>(() => TomlDocument.Parse(bytes, file));
        Assert.Equal(expected, documentError.Message);
    }

    [Fact]
    public void Error_without_a_file_name_says_line_and_column()
    {
        var error = Assert.Throws<TomlException>(() => TomlReader.Read("a = 1\na = 2\n"));
        Assert.Equal("2:1: duplicate key 'a' in the root table (first set at line 1, column 1)", error.Message);
        Assert.Equal(new TomlPosition(null, 2, 1, 6), error.Position);
        Assert.Equal("line 2, column 1", error.Position.ToString());
    }
}
