using TelnetTui.Core.Files;

namespace TelnetTui.Core.Tests.Support;

/// <summary>Files in a dictionary; counts atomic writes so tests can see that nothing was saved.</summary>
internal sealed class InMemoryFileSystem : IConfigFileSystem
{
    public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public int Writes { get; private set; }

    public bool Exists(string path) => Files.ContainsKey(path);

    public byte[] ReadAllBytes(string path) =>
        Files.TryGetValue(path, out var bytes) ? bytes : throw new FileNotFoundException(path);

    public void WriteAtomic(string path, byte[] content)
    {
        Writes++;
        Files[path] = content;
    }

    public void CreateDirectory(string path)
    {
    }

    public string Text(string path) => System.Text.Encoding.UTF8.GetString(Files[path]);

    public void SetText(string path, string text) => Files[path] = System.Text.Encoding.UTF8.GetBytes(text);
}
