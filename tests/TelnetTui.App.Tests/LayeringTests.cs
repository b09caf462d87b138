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

    /// <summary>Folder of generated data compiled into more than one project (the width table); it holds no project.</summary>
    private const string SharedSources = "Unicode";

    [Fact]
    public void Every_src_project_is_covered_by_the_layering_rules()
    {
        var projects = Directory.GetDirectories(SharedData.InRepo("src"))
            .Where(d => Directory.EnumerateFiles(d, "*.csproj").Any())
            .Select(Path.GetFileName).ToArray();
        Assert.Equal(Allowed.Keys.Order(), projects.Order()!);
        Assert.Equal(Allowed.Keys.Append(SharedSources).Order(), Directory.GetDirectories(SharedData.InRepo("src")).Select(Path.GetFileName).Order()!);
    }

    /// <summary>A project compiles no source of another project: files from outside its folder come only from src/Unicode.</summary>
    [Theory]
    [MemberData(nameof(Projects))]
    public void Linked_sources_come_only_from_the_shared_generated_folder(string project)
    {
        var folder = SharedData.InRepo(Path.Combine("src", project));
        var shared = SharedData.InRepo(Path.Combine("src", SharedSources)) + Path.DirectorySeparatorChar;
        var linked = XDocument.Load(Path.Combine(folder, project + ".csproj")).Descendants("Compile")
            .Select(e => e.Attribute("Include")?.Value)
            .OfType<string>()
            .Select(include => Path.GetFullPath(Path.Combine(folder, include)))
            .Where(path => !path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToArray();
        var foreign = linked.Where(path => !path.StartsWith(shared, StringComparison.Ordinal)).ToArray();
        Assert.True(foreign.Length == 0, $"{project} compiles {string.Join(", ", foreign)}, outside its folder and src/{SharedSources}");
    }
}
