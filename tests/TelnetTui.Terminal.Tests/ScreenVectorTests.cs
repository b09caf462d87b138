using TelnetTui.Terminal.Tests.Infrastructure;
using TelnetTui.Testing;

namespace TelnetTui.Terminal.Tests;

/// <summary>
/// Our data-driven screen vectors (Vectors/*.screen): bytes in, rows, cursor, cells, replies out.
/// Every case is fed whole and then split in two at every byte position; all must give the same screen
/// (STYLE.md: a sequence split at any byte must give the same result).
/// </summary>
public class ScreenVectorTests
{
    private static string Folder => SharedData.InRepo(Path.Combine("tests", "TelnetTui.Terminal.Tests", "Vectors"));

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Folder, "*.screen").Order())
        {
            foreach (var v in ScreenVectorFile.Load(file))
                data.Add(Path.GetFileName(file), v.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Vector_holds_whole_and_split_at_every_byte(string file, string name)
    {
        var v = ScreenVectorFile.Load(Path.Combine(Folder, file)).Single(c => c.Name == name);
        Assert.True(v.Expectations.Count > 0, $"{v}: a case must check something");
        var whole = ScreenVectorRunner.Run(v);
        Assert.True(whole.Count == 0, $"{v} (fed whole):\n" + string.Join("\n", whole));
        for (var cut = 1; cut < v.Input.Count; cut++)
        {
            var split = ScreenVectorRunner.Run(v, cut);
            Assert.True(split.Count == 0, $"{v} (split at byte {cut}):\n" + string.Join("\n", split));
        }
        var bytewise = ScreenVectorRunner.Run(v, Enumerable.Range(1, Math.Max(0, v.Input.Count - 1)).ToArray());
        Assert.True(bytewise.Count == 0, $"{v} (one byte at a time):\n" + string.Join("\n", bytewise));
    }

    [Fact]
    public void Every_vector_file_has_cases()
    {
        var files = Directory.GetFiles(Folder, "*.screen");
        Assert.NotEmpty(files);
        foreach (var file in files)
            Assert.NotEmpty(ScreenVectorFile.Load(file));
    }
}
