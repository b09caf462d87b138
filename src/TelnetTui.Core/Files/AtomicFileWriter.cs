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
        RemoveStaleTemporaryFiles(folder, Path.GetFileName(full));
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

    /// <summary>
    /// A save killed between creating its temporary file and the rename (kill -9, power cut) leaves that
    /// file behind; the next save of the same target removes those whose process is gone (issue 8: a
    /// crash loop must not fill the config folder). A live process's temporary file is left alone.
    /// </summary>
    private static void RemoveStaleTemporaryFiles(string folder, string name)
    {
        string[] candidates;
        try
        {
            candidates = Directory.GetFiles(folder, $".{name}.*.tmp");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var candidate in candidates)
        {
            // .NAME.PID.GUID.tmp
            var parts = Path.GetFileName(candidate)[(name.Length + 2)..].Split('.');
            if (parts.Length == 3 && int.TryParse(parts[0], out var pid) && parts[1].Length == 32 && !IsRunning(pid))
                TryDelete(candidate);
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
            return true;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (InvalidOperationException)
        {
            return false;
        }
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
