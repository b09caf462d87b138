using TelnetTui.Core.Files;
using TelnetTui.Core.Tests.Support;

namespace TelnetTui.Core.Tests.Files;

/// <summary>Issue 4: "Saving is atomic (temp file in the same folder, flush, rename)", on the real file system.</summary>
public class AtomicFileWriterTests
{
    [Fact]
    public void Write_replaces_the_content_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("book.toml");
        File.WriteAllText(path, "old = 1\n");
        AtomicFileWriter.Write(path, "new = 2\n"u8.ToArray());
        Assert.Equal("new = 2\n", File.ReadAllText(path));
        Assert.Equal(["book.toml"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_new_file_is_private_and_an_existing_file_keeps_its_permissions()
    {
        using var folder = new TempFolder();
        var fresh = folder.File("fresh.toml");
        AtomicFileWriter.Write(fresh, "a = 1\n"u8.ToArray());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(fresh));

        var shared = folder.File("shared.toml");
        File.WriteAllText(shared, "a = 1\n");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(shared, mode);
        AtomicFileWriter.Write(shared, "a = 2\n"u8.ToArray());
        Assert.Equal(mode, File.GetUnixFileMode(shared));
    }

    /// <summary>The rename is what replaces the file: a reader holding the old file still sees the old bytes.</summary>
    [Fact]
    public void The_file_is_replaced_by_rename_not_rewritten_in_place()
    {
        using var folder = new TempFolder();
        var path = folder.File("config.toml");
        File.WriteAllText(path, "old = 1\n");
        using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        AtomicFileWriter.Write(path, "new = 2\n"u8.ToArray());
        using var text = new StreamReader(reader);
        Assert.Equal("old = 1\n", text.ReadToEnd());
        Assert.Equal("new = 2\n", File.ReadAllText(path));
    }

    /// <summary>When the final rename cannot happen (here the target is a folder), the temporary file is removed and the target is untouched.</summary>
    [Fact]
    public void A_failed_save_leaves_the_target_untouched_and_no_temporary_file()
    {
        using var folder = new TempFolder();
        var target = folder.File("config.toml");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "inside"), "kept");
        Assert.ThrowsAny<IOException>(() => AtomicFileWriter.Write(target, "new = 2\n"u8.ToArray()));
        Assert.Equal("kept", File.ReadAllText(Path.Combine(target, "inside")));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void A_save_removes_temporary_files_that_killed_saves_left_and_keeps_a_live_process_one()
    {
        // Issue 8 (found by the chaos kill -9 save loop): each kill mid-save left a ".book.toml.PID.GUID.tmp".
        using var folder = new TempFolder();
        var path = folder.File("book.toml");
        File.WriteAllText(path, "old");
        var dead = folder.File($".book.toml.{int.MaxValue - 7}.{Guid.NewGuid():N}.tmp"); // no such process
        var live = folder.File($".book.toml.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp"); // a save running here
        var other = folder.File($".config.toml.{int.MaxValue - 7}.{Guid.NewGuid():N}.tmp"); // another file's, left to its own saves
        foreach (var f in new[] { dead, live, other })
            File.WriteAllText(f, "half a save");

        AtomicFileWriter.Write(path, "new"u8.ToArray());

        Assert.Equal("new", File.ReadAllText(path));
        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(other));
    }
}
