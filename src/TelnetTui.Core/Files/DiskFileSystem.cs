namespace TelnetTui.Core.Files;

/// <summary>The real file system, with <see cref="AtomicFileWriter"/> for saves.</summary>
public sealed class DiskFileSystem : IConfigFileSystem
{
    public static DiskFileSystem Instance { get; } = new();

    public bool Exists(string path) => File.Exists(path);

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);

    public void WriteAtomic(string path, byte[] content) => AtomicFileWriter.Write(path, content);

    public void CreateDirectory(string path) => Directory.CreateDirectory(path);
}
