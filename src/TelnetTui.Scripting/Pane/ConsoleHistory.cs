namespace TelnetTui.Scripting.Pane;

/// <summary>The console's input history: up/down walk it, a repeat of the last entry is not stored.</summary>
public sealed class ConsoleHistory
{
    public const int MaxEntries = 500;

    private readonly List<string> _entries = [];
    private int _position;

    public IReadOnlyList<string> Entries => _entries;

    public void Add(string entry)
    {
        if (entry.Trim().Length > 0 && (_entries.Count == 0 || _entries[^1] != entry))
        {
            _entries.Add(entry);
            if (_entries.Count > MaxEntries)
                _entries.RemoveAt(0);
        }
        _position = _entries.Count;
    }

    /// <summary>The entry before the current position (null at the oldest).</summary>
    public string? Previous()
    {
        if (_position == 0)
            return null;
        return _entries[--_position];
    }

    /// <summary>The entry after the current position; "" past the newest (a fresh line).</summary>
    public string? Next()
    {
        if (_position >= _entries.Count)
            return null;
        _position++;
        return _position == _entries.Count ? "" : _entries[_position];
    }
}
