namespace TelnetTui.Core.Files;

/// <summary>The few file operations settings need; the OS edge, replaced by a fake in tests.</summary>
public interface IConfigFileSystem
{
    bool Exists(string path);

    byte[] ReadAllBytes(string path);

    /// <summary>Replaces the file's content all at once: readers see the old file or the new one, never a mix.</summary>
    void WriteAtomic(string path, byte[] content);

    void CreateDirectory(string path);
}
