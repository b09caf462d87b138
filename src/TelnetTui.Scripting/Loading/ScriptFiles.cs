using System.Text;
using TelnetTui.Scripting.Runtime;

namespace TelnetTui.Scripting.Loading;

/// <summary>
/// The only file access scripts have (<c>file.read/write/append/exists/list</c>): paths relative to
/// the scripts folder, never outside it — not by "..", not by an absolute path, not through a
/// symbolic link that points elsewhere — and files of at most <see cref="MaxFileBytes"/>.
/// </summary>
internal sealed class ScriptFiles(string root)
{
    public const int MaxFileBytes = 1024 * 1024;
    public const int MaxListEntries = 1000;

    private readonly string _root = root.Length == 0 ? "" : Path.GetFullPath(root);

    public string Read(string path, string function)
    {
        var full = Resolve(path, function);
        if (!File.Exists(full))
            throw new ScriptApiException($"{function}: '{path}' does not exist");
        var info = new FileInfo(full);
        if (info.Length > MaxFileBytes)
            throw new ScriptApiException($"{function}: '{path}' is larger than {MaxFileBytes} bytes");
        return File.ReadAllText(full, Encoding.UTF8);
    }

    public void Write(string path, string text, bool append, string function)
    {
        var full = Resolve(path, function);
        var bytes = Encoding.UTF8.GetByteCount(text);
        var existing = append && File.Exists(full) ? new FileInfo(full).Length : 0;
        if (existing + bytes > MaxFileBytes)
            throw new ScriptApiException($"{function}: '{path}' would be larger than {MaxFileBytes} bytes");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (append)
            File.AppendAllText(full, text, new UTF8Encoding(false));
        else
            File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    public bool Exists(string path, string function)
    {
        var full = Resolve(path, function);
        return File.Exists(full) || Directory.Exists(full);
    }

    /// <summary>Names in a folder (sub-folders end in "/"), sorted.</summary>
    public IReadOnlyList<string> List(string? path, string function)
    {
        var full = string.IsNullOrEmpty(path) ? RootOrThrow(function) : Resolve(path, function);
        if (!Directory.Exists(full))
            throw new ScriptApiException($"{function}: '{path}' is not a folder");
        var names = Directory.EnumerateFileSystemEntries(full)
            .Take(MaxListEntries)
            .Select(e => Path.GetFileName(e) + (Directory.Exists(e) ? "/" : ""))
            .ToList();
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>The full path of <paramref name="path"/> inside the scripts folder, or an error.</summary>
    public string Resolve(string path, string function)
    {
        var root = RootOrThrow(function);
        if (path.Length == 0 || path.Contains('\0') || Path.IsPathRooted(path))
            throw new ScriptApiException($"{function}: '{path}': use a path relative to the scripts folder");
        var full = Path.GetFullPath(Path.Combine(root, path));
        if (!IsInside(full, root))
            throw new ScriptApiException($"{function}: '{path}' is outside the scripts folder");
        // Follow links component by component: a link inside the folder must not lead out of it.
        var realRoot = RealPath(root);
        var current = realRoot;
        foreach (var part in Path.GetRelativePath(root, full).Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.Exists && info.LinkTarget is not null)
            {
                current = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? current;
                if (!IsInside(current, realRoot))
                    throw new ScriptApiException($"{function}: '{path}' leads outside the scripts folder");
            }
        }
        return full;
    }

    private string RootOrThrow(string function) =>
        _root.Length > 0 ? _root : throw new ScriptApiException($"{function}: there is no scripts folder");

    private static bool IsInside(string full, string root) =>
        full == root || full.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string RealPath(string path)
    {
        var info = new DirectoryInfo(path);
        return info.Exists && info.LinkTarget is not null ? info.ResolveLinkTarget(true)?.FullName ?? path : path;
    }
}
