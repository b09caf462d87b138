using System.Text;
using TelnetTui.Core.Files;

namespace TelnetTui.Core.Input;

/// <summary>
/// The lines a user sent to one host, oldest first, kept in a file of their own
/// ($XDG_STATE_HOME/telnettui/history/HOST.history, one entry per line, backslash and newline
/// escaped). Each entry is appended at once, so nothing is lost to a crash; the file is compacted
/// (atomically) when it holds twice <see cref="Capacity"/> entries. Masked input never gets here: the
/// session does not call <see cref="Add"/> for it. A file that cannot be read or written leaves the
/// history working in memory, with the reason in <see cref="Problem"/>.
/// </summary>
public sealed class InputHistory
{
    public const int DefaultCapacity = 1000;

    /// <summary>Longest entry kept (longer input is sent but not remembered).</summary>
    public const int MaxEntryChars = 4096;

    public const string FileExtension = ".history";

    private readonly List<string> _entries = [];
    private int _fileLines;

    /// <param name="path">The history file, or null for a history kept only in memory.</param>
    public InputHistory(string? path, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        FilePath = path;
        Capacity = capacity;
        Load();
    }

    /// <summary>The history of <paramref name="hostId"/> in <paramref name="folder"/>.</summary>
    public static InputHistory ForHost(string folder, string hostId, int capacity = DefaultCapacity) =>
        new(Path.Combine(folder, SafeFileName(hostId) + FileExtension), capacity);

    /// <summary>$XDG_STATE_HOME/telnettui/history (~/.local/state/telnettui/history).</summary>
    public static string DefaultFolder(Func<string, string?> environment) =>
        Path.Combine(AppFolders.XdgHome(environment, "XDG_STATE_HOME", Path.Combine(".local", "state")), ConfigPaths.AppFolderName, "history");

    public string? FilePath { get; }

    public int Capacity { get; }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<string> Entries => _entries;

    /// <summary>Why the file is not being used, or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>Remembers a sent line: not empty, not longer than <see cref="MaxEntryChars"/>, not the same as the previous one.</summary>
    public void Add(string line)
    {
        if (string.IsNullOrWhiteSpace(line) || line.Length > MaxEntryChars)
            return;
        if (_entries.Count > 0 && _entries[^1] == line)
            return;
        _entries.Add(line);
        if (_entries.Count > Capacity)
            _entries.RemoveRange(0, _entries.Count - Capacity);
        Append(line);
    }

    /// <summary>Entries containing <paramref name="text"/> (case-insensitive), newest first.</summary>
    public IEnumerable<string> Search(string text)
    {
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            if (_entries[i].Contains(text, StringComparison.OrdinalIgnoreCase))
                yield return _entries[i];
        }
    }

    /// <summary>A file name from a host id: letters, digits, '.', '-' and '_' kept, anything else '_'.</summary>
    public static string SafeFileName(string id)
    {
        var sb = new StringBuilder(id.Length);
        foreach (var c in id)
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        var name = sb.ToString().TrimStart('.');
        return name.Length == 0 ? "_" : name;
    }

    private void Load()
    {
        if (FilePath is null || !File.Exists(FilePath))
            return;
        try
        {
            foreach (var line in File.ReadLines(FilePath, Encoding.UTF8))
            {
                _fileLines++;
                _entries.Add(Unescape(line));
            }
            if (_entries.Count > Capacity)
                _entries.RemoveRange(0, _entries.Count - Capacity);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Problem = $"cannot read {FilePath}: {e.Message}";
        }
    }

    private void Append(string line)
    {
        if (FilePath is null || Problem is not null)
            return;
        try
        {
            if (_fileLines + 1 > 2 * Capacity)
            {
                var text = string.Concat(_entries.Select(e => Escape(e) + "\n"));
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(FilePath))!);
                AtomicFileWriter.Write(FilePath, new UTF8Encoding(false).GetBytes(text));
                _fileLines = _entries.Count;
                return;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(FilePath))!);
            var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.ReadWrite };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = AtomicFileWriter.NewFileMode;
            using var stream = new FileStream(FilePath, options);
            stream.Write(new UTF8Encoding(false).GetBytes(Escape(line) + "\n"));
            _fileLines++;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Problem = $"cannot write {FilePath}: {e.Message}";
        }
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    private static string Unescape(string s)
    {
        if (!s.Contains('\\', StringComparison.Ordinal))
            return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                var next = s[++i];
                sb.Append(next switch { 'n' => '\n', 'r' => '\r', _ => next });
            }
            else
                sb.Append(s[i]);
        }
        return sb.ToString();
    }
}
