using System.Text.Json;
using TelnetTui.Toml.Json;

namespace TelnetTui.Toml.Tests.Conformance;

/// <summary>
/// TOML 1.0.0 conformance: every case in toml-test's files-toml-1.0.0 list. Valid cases must
/// decode to exactly the tagged JSON beside them; invalid ones must be rejected with a
/// <see cref="TomlException"/> whose position lies inside the input.
/// </summary>
public class TomlTestSuiteTests(ITestOutputHelper output)
{
    public static TheoryData<string> ValidCases() => TomlTestSuite.Data(TomlTestSuite.ValidCases());

    public static TheoryData<string> InvalidCases() => TomlTestSuite.Data(TomlTestSuite.InvalidCases());

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Valid_case_decodes_to_the_expected_tagged_json(string relative)
    {
        var difference = DecodeValid(TomlTestSuite.PathOf(relative));
        Assert.True(difference is null, $"{relative}: {difference}");
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Invalid_case_is_rejected_with_a_position_inside_the_input(string relative)
    {
        var path = TomlTestSuite.PathOf(relative);
        var problem = RejectInvalid(path);
        Assert.True(problem is null, $"{relative}: {problem}");
    }

    /// <summary>The whole list in one run, counted and printed, so the report shows "210/210 valid, 499/499 invalid".</summary>
    [Fact]
    public void Whole_toml_1_0_0_list_passes_and_the_counts_are_printed()
    {
        var folder = TelnetTui.Testing.SharedData.Require("toml-test");
        var valid = TomlTestSuite.ValidCases();
        var invalid = TomlTestSuite.InvalidCases();
        var validFailures = valid.Where(c => DecodeValid(Path.Combine(folder, c)) is not null).ToList();
        var invalidFailures = invalid.Where(c => RejectInvalid(Path.Combine(folder, c)) is not null).ToList();
        var summary = $"toml-test {TomlTestSuite.ListName}: valid {valid.Count - validFailures.Count}/{valid.Count} decoded exactly, " +
                      $"invalid {invalid.Count - invalidFailures.Count}/{invalid.Count} rejected";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        TestContext.Current.SendDiagnosticMessage(summary);
        Assert.True(valid.Count > 200 && invalid.Count > 400, $"the list looks truncated: {summary}");
        Assert.True(validFailures.Count == 0 && invalidFailures.Count == 0,
            summary + "\nfailing: " + string.Join(", ", validFailures.Concat(invalidFailures)));
    }

    private static string? DecodeValid(string tomlPath)
    {
        TomlTable table;
        try
        {
            table = TomlReader.Read(File.ReadAllBytes(tomlPath), Path.GetFileName(tomlPath));
        }
        catch (TomlException e)
        {
            return "rejected a valid file: " + e.Message;
        }
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(tomlPath, ".json")));
        using var actual = JsonDocument.Parse(TomlTaggedJson.ToJson(table));
        return TaggedJsonComparer.Difference(expected.RootElement, actual.RootElement);
    }

    private static string? RejectInvalid(string tomlPath)
    {
        var bytes = File.ReadAllBytes(tomlPath);
        try
        {
            TomlReader.Read(bytes, Path.GetFileName(tomlPath));
            return "accepted an invalid file";
        }
        catch (TomlException e)
        {
            var lines = System.Text.Encoding.UTF8.GetString(bytes).Split('\n').Length;
            if (e.Position.Line < 1 || e.Position.Line > lines || e.Position.Column < 1 || e.Position.Offset > bytes.Length)
                return $"error position {e.Position} is outside the input ({lines} lines): {e.Message}";
            return null;
        }
    }
}
