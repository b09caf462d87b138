using TelnetTui.Core.Input;
using TelnetTui.Core.Tests.Support;

namespace TelnetTui.Core.Tests.Input;

/// <summary>Per-host input history in its own file: kept across runs, no blanks or repeats, capped, compacted, escaped.</summary>
public sealed class InputHistoryTests
{
    [Fact]
    public void Lines_persist_across_sessions_in_the_hosts_file()
    {
        using var folder = new TempFolder();
        var first = InputHistory.ForHost(folder.Path, "demo-mud");
        first.Add("north");
        first.Add("north");
        first.Add("   ");
        first.Add("say two\nlines \\ here");
        var second = InputHistory.ForHost(folder.Path, "demo-mud");
        Assert.Equal(["north", "say two\nlines \\ here"], second.Entries);
        Assert.Equal(folder.File("demo-mud.history"), second.FilePath);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(second.FilePath!));
        Assert.Equal(["say two\nlines \\ here"], second.Search("LINES"));
    }

    [Fact]
    public void The_history_is_capped_and_the_file_compacted()
    {
        using var folder = new TempFolder();
        var history = InputHistory.ForHost(folder.Path, "h", capacity: 10);
        for (var i = 0; i < 35; i++)
            history.Add($"cmd {i}");
        Assert.Equal(Enumerable.Range(25, 10).Select(i => $"cmd {i}"), history.Entries);
        Assert.True(File.ReadAllLines(history.FilePath!).Length <= 20);
        Assert.Equal(history.Entries, InputHistory.ForHost(folder.Path, "h", capacity: 10).Entries);
    }

    [Fact]
    public void Host_ids_become_safe_file_names()
    {
        Assert.Equal("mud.example.org_4000", InputHistory.SafeFileName("mud.example.org:4000"));
        Assert.Equal("_etc_passwd", InputHistory.SafeFileName("../etc/passwd"[2..]));
        Assert.Equal("_", InputHistory.SafeFileName(".."));
    }

    [Fact]
    public void An_unwritable_folder_keeps_the_history_in_memory_and_says_why()
    {
        using var folder = new TempFolder();
        var notAFolder = folder.File("file");
        File.WriteAllText(notAFolder, ""); // a file where the folder should be: fails even for root
        var history = InputHistory.ForHost(notAFolder, "h");
        history.Add("look");
        Assert.Equal(["look"], history.Entries);
        Assert.StartsWith("cannot write", history.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_folder_is_in_the_xdg_state_home()
    {
        Assert.Equal("/home/u/.local/state/telnettui/history", InputHistory.DefaultFolder(v => v == "HOME" ? "/home/u" : null));
        Assert.Equal("/st/telnettui/history", InputHistory.DefaultFolder(v => v == "XDG_STATE_HOME" ? "/st" : null));
    }
}
