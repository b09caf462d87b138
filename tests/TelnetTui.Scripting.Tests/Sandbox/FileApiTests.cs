using TelnetTui.Scripting.Loading;
using TelnetTui.Scripting.Tests.Infrastructure;

namespace TelnetTui.Scripting.Tests.Sandbox;

/// <summary>file.* reads and writes inside the scripts folder only.</summary>
public sealed class FileApiTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("telnettui-scripts-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("telnettui-outside-").FullName;

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    private ScriptBed Bed()
    {
        var bed = new ScriptBed();
        bed.Engine.Load(new ScriptLoadPlan { ScriptsFolder = _root });
        return bed;
    }

    [Fact]
    public void Scripts_write_read_append_and_list_files_in_their_folder()
    {
        using var bed = Bed();
        bed.Run("""
            file.write("data/notes.txt", "line 1\n")
            file.append("data/notes.txt", "line 2\n")
            """);
        Assert.Equal("line 1\nline 2\n", File.ReadAllText(Path.Combine(_root, "data", "notes.txt")));
        Assert.Equal("line 1\nline 2\n", bed.Eval("file.read('data/notes.txt')"));
        Assert.Equal("true\tfalse\tdata/\tnotes.txt", bed.Eval("file.exists('data/notes.txt'), file.exists('nope'), file.list()[1], file.list('data')[1]"));
    }

    [Theory]
    [InlineData("file.read('../secret.txt')", "outside the scripts folder")]
    [InlineData("file.read('data/../../secret.txt')", "outside the scripts folder")]
    [InlineData("file.read('/etc/passwd')", "relative to the scripts folder")]
    [InlineData("file.write('/tmp/evil', 'x')", "relative to the scripts folder")]
    [InlineData("file.write('../evil', 'x')", "outside the scripts folder")]
    [InlineData("file.list('..')", "outside the scripts folder")]
    [InlineData("file.read('a\\0b')", "relative to the scripts folder")]
    [InlineData("file.read('')", "relative to the scripts folder")]
    public void Paths_outside_the_folder_are_refused(string code, string reason)
    {
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "secret");
        using var bed = Bed();
        Assert.Contains(reason, bed.Fail(code).Message);
        Assert.False(File.Exists("/tmp/evil") && File.ReadAllText("/tmp/evil") == "x");
    }

    [Fact]
    public void A_symbolic_link_out_of_the_folder_is_refused()
    {
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "secret");
        Directory.CreateSymbolicLink(Path.Combine(_root, "escape"), _outside);
        File.CreateSymbolicLink(Path.Combine(_root, "passwd"), Path.Combine(_outside, "secret.txt"));
        using var bed = Bed();
        Assert.Contains("leads outside", bed.Fail("file.read('escape/secret.txt')").Message);
        Assert.Contains("leads outside", bed.Fail("file.read('passwd')").Message);
        Assert.Contains("leads outside", bed.Fail("file.write('escape/new.txt', 'x')").Message);
        Assert.False(File.Exists(Path.Combine(_outside, "new.txt")));
    }

    [Fact]
    public void Files_are_limited_in_size()
    {
        File.WriteAllBytes(Path.Combine(_root, "big.bin"), new byte[ScriptFiles.MaxFileBytes + 1]);
        using var bed = Bed();
        Assert.Contains("larger than", bed.Fail("file.read('big.bin')").Message);
        Assert.Contains("would be larger than", bed.Fail("file.write('x.txt', string.rep('x', 1024 * 1024 + 1))").Message);
    }

    [Fact]
    public void Without_a_scripts_folder_there_is_no_file_access()
    {
        using var bed = new ScriptBed();
        Assert.Contains("there is no scripts folder", bed.Fail("file.read('x')").Message);
    }
}
