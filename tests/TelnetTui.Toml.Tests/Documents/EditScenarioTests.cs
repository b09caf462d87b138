namespace TelnetTui.Toml.Tests.Documents;

/// <summary>
/// Issue 4, "edit scenarios keep untouched lines byte-identical": each Data/Edits/*.edit file
/// applies its edits and must produce its expected output exactly (so every line the edits do
/// not concern is compared byte for byte), and the result must be valid TOML.
/// </summary>
public class EditScenarioTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Data", "Edits");

    public static TheoryData<string> Scenarios() =>
        new(Directory.GetFiles(Folder, "*.edit").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Edits_produce_exactly_the_expected_text(string file)
    {
        var scenario = EditScenario.Load(Path.Combine(Folder, file));
        var document = TomlDocument.Parse(scenario.Input, file);
        Assert.Equal(scenario.Input, document.ToString());
        scenario.Apply(document);
        Assert.Equal(scenario.Output, document.ToString());
        TomlReader.Read(document.ToString(), file);
    }

    [Fact]
    public void There_are_scenarios_for_every_kind_of_edit()
    {
        var commands = Directory.GetFiles(Folder, "*.edit").SelectMany(f => EditScenario.Load(f).Commands)
            .Select(c => c.Trim().Split(' ')[0]).ToHashSet();
        Assert.Superset(new HashSet<string> { "set", "set-section", "remove", "rename", "add-table", "add-entry" }, commands);
    }
}
