using System.Xml.Linq;
using TelnetTui.Testing;

namespace TelnetTui.App.Tests;

/// <summary>DESIGN.md: "arrows are the only allowed references" between the src projects.</summary>
public class LayeringTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["TelnetTui"] = ["TelnetTui.Tui", "TelnetTui.Scripting", "TelnetTui.Core"],
        ["TelnetTui.Tui"] = [],
        ["TelnetTui.Scripting"] = ["TelnetTui.Core"],
        ["TelnetTui.Core"] = ["TelnetTui.Telnet", "TelnetTui.Terminal", "TelnetTui.Toml"],
        ["TelnetTui.Telnet"] = [],
        ["TelnetTui.Terminal"] = [],
        ["TelnetTui.Toml"] = [],
    };

    public static TheoryData<string> Projects() => new(Allowed.Keys);

    [Theory]
    [MemberData(nameof(Projects))]
    public void Project_references_follow_the_design_arrows(string project)
    {
        var csproj = SharedData.InRepo(Path.Combine("src", project, project + ".csproj"));
        var references = XDocument.Load(csproj).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value))
            .ToArray();
        var forbidden = references.Except(Allowed[project]).ToArray();
        Assert.True(forbidden.Length == 0, $"{project} references {string.Join(", ", forbidden)}, which DESIGN.md does not allow");
    }

    [Fact]
    public void Every_src_project_is_covered_by_the_layering_rules()
    {
        var projects = Directory.GetDirectories(SharedData.InRepo("src")).Select(Path.GetFileName).ToArray();
        Assert.Equal(Allowed.Keys.Order(), projects.Order()!);
    }
}
