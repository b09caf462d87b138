using System.Runtime.InteropServices;

namespace TelnetTui.Core.Files;

/// <summary>
/// Saves a file so that a crash or power cut leaves either the old or the new content: write a
/// temporary file in the same folder, flush it to disk (fsync), rename it over the target (an
/// atomic replace on POSIX), then fsync the folder so the rename itself is durable.
/// </summary>
public static partial class AtomicFileWriter
{
    /// <summary>Permissions for a file that did not exist: owner read/write only (it may name accounts).</summary>
    public const UnixFileMode NewFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Write(string path, byte[] content)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = KeepMode(full);
            using (var stream = new FileStream(temp, options))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        SyncFolder(folder);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static UnixFileMode KeepMode(string path) =>
        File.Exists(path) ? File.GetUnixFileMode(path) : NewFileMode;

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>fsync(2) on the folder, so the new directory entry survives a crash (Linux; best effort elsewhere).</summary>
    private static void SyncFolder(string folder)
    {
        if (!OperatingSystem.IsLinux())
            return;
        var fd = Open(folder, ReadOnly);
        if (fd < 0)
            return;
        _ = FileSync(fd);
        _ = Close(fd);
    }

    // O_RDONLY: enough to fsync a directory on Linux (and the same value on every architecture, unlike O_DIRECTORY).
    private const int ReadOnly = 0;

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int FileSync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
