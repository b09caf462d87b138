namespace TelnetTui.Scripting.Loading;

/// <summary>
/// Where scripts live. Under the scripts folder (<c>[scripts] folder</c>, by default
/// ~/.config/telnettui/scripts): <c>global/*.lua</c> load for every host, <c>hosts/ID/*.lua</c>
/// for the host with that book id, and the files a host entry names (<c>scripts = [...]</c>) are
/// looked up in the host's folder first, then the scripts folder; absolute names are used as is.
/// </summary>
public sealed class ScriptFolders
{
    public const string GlobalFolderName = "global";
    public const string HostsFolderName = "hosts";
    public const string ScriptExtension = ".lua";

    public ScriptFolders(string root, string? hostId)
    {
        Root = root.Length == 0 ? "" : Path.GetFullPath(root);
        HostId = hostId;
        if (Root.Length > 0 && hostId is not null && IsSafeName(hostId))
            HostFolder = Path.Combine(Root, HostsFolderName, hostId);
    }

    public string Root { get; }

    public string? HostId { get; }

    public string GlobalFolder => Path.Combine(Root, GlobalFolderName);

    /// <summary>hosts/ID, or null when there is no host or its id cannot be a folder name.</summary>
    public string? HostFolder { get; }

    /// <summary>global/*.lua then hosts/ID/*.lua, each sorted by name (ordinal).</summary>
    public IReadOnlyList<string> AutoloadFiles()
    {
        var files = new List<string>();
        if (Root.Length == 0)
            return files;
        AddFolder(files, GlobalFolder);
        if (HostFolder is not null)
            AddFolder(files, HostFolder);
        return files;
    }

    /// <summary>The file a host entry names, or null when it is nowhere.</summary>
    public string? ResolveNamed(string name, out IReadOnlyList<string> searched)
    {
        if (Path.IsPathRooted(name))
        {
            searched = [name];
            return File.Exists(name) ? Path.GetFullPath(name) : null;
        }
        var candidates = new List<string>();
        if (HostFolder is not null)
            candidates.Add(Path.Combine(HostFolder, name));
        if (Root.Length > 0)
            candidates.Add(Path.Combine(Root, name));
        searched = candidates;
        return candidates.FirstOrDefault(File.Exists) is { } found ? Path.GetFullPath(found) : null;
    }

    /// <summary>require("a.b"): a/b.lua in the host folder, the scripts folder, then global.</summary>
    public string? ResolveModule(string module)
    {
        if (Root.Length == 0 || module.Length == 0 || module.Contains('/') || module.Contains('\\') || module.Split('.').Any(p => !IsSafeName(p)))
            return null;
        var relative = module.Replace('.', Path.DirectorySeparatorChar) + ScriptExtension;
        foreach (var folder in new[] { HostFolder, Root, GlobalFolder })
        {
            if (folder is not null && File.Exists(Path.Combine(folder, relative)))
                return Path.Combine(folder, relative);
        }
        return null;
    }

    /// <summary>How a script is named in messages: relative to the scripts folder when inside it.</summary>
    public string DisplayName(string fullPath)
    {
        if (Root.Length > 0)
        {
            var relative = Path.GetRelativePath(Root, fullPath);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
                return relative.Replace(Path.DirectorySeparatorChar, '/');
        }
        return fullPath;
    }

    /// <summary>A single path segment with no separators, not "." or "..".</summary>
    public static bool IsSafeName(string name) =>
        name.Length > 0 && name != "." && name != ".." && name.IndexOfAny(['/', '\\', '\0']) < 0;

    private static void AddFolder(List<string> files, string folder)
    {
        if (!Directory.Exists(folder))
            return;
        var found = Directory.GetFiles(folder, "*" + ScriptExtension);
        Array.Sort(found, StringComparer.Ordinal);
        files.AddRange(found);
    }
}
