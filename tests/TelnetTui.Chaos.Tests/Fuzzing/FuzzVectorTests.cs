using TelnetTui.Testing;
using TelnetTui.Fuzz;
using TelnetTui.Fuzz.Targets;

namespace TelnetTui.Chaos.Tests.Fuzzing;

/// <summary>
/// Inputs that once broke a parser, or sit on an edge it must keep (FuzzVectors/TARGET/*.bin), replayed
/// through the same fuzz checks: whole, split once at every byte position, and one byte at a time.
/// A crash the fuzzer finds goes here as a new file (<c>telnettui-fuzz</c> writes it to its --out folder).
/// </summary>
public sealed class FuzzVectorTests
{
    private static string Folder => SharedData.InRepo(Path.Combine("tests", "TelnetTui.Chaos.Tests", "FuzzVectors"));

    public static TheoryData<string, string> Vectors()
    {
        var data = new TheoryData<string, string>();
        foreach (var dir in Directory.GetDirectories(Folder).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(dir, "*.bin").Order(StringComparer.Ordinal))
                data.Add(Path.GetFileName(dir), Path.GetFileName(file));
        }
        return data;
    }

    [Fact]
    public void Every_target_has_vectors_and_every_folder_is_a_target()
    {
        var folders = Directory.GetDirectories(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(FuzzTargets.All.Select(t => t.Name).Order(StringComparer.Ordinal), folders);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void A_kept_input_passes_whole_and_split_anywhere(string target, string file)
    {
        var fuzzTarget = FuzzTargets.Find(target)!;
        var input = File.ReadAllBytes(Path.Combine(Folder, target, file));
        foreach (var cuts in FuzzProgram.VectorCuts(input.Length))
            fuzzTarget.Check(input, cuts);
    }
}
