namespace TelnetTui.Tui.Widgets;

/// <summary>
/// Lines entered before, for Up/Down recall (per host in the app). The line being typed is kept as a draft
/// while browsing and comes back at the bottom. Empty lines and repeats of the last line are not added.
/// </summary>
public sealed class InputHistory(int capacity = InputHistory.DefaultCapacity)
{
    public const int DefaultCapacity = 500;

    private readonly List<string> _entries = [];
    private int _position;
    private string _draft = "";

    public IReadOnlyList<string> Entries => _entries;

    public void Add(string line)
    {
        if (line.Length > 0 && (_entries.Count == 0 || _entries[^1] != line))
        {
            _entries.Add(line);
            if (_entries.Count > capacity)
                _entries.RemoveAt(0);
        }
        Reset();
    }

    /// <summary>Back to the draft position (after a submit).</summary>
    public void Reset()
    {
        _position = _entries.Count;
        _draft = "";
    }

    /// <summary>The older entry, or null at the oldest. <paramref name="current"/> is saved when leaving the draft.</summary>
    public string? Previous(string current)
    {
        if (_position > _entries.Count)
            _position = _entries.Count;
        if (_position == 0)
            return null;
        if (_position == _entries.Count)
            _draft = current;
        return _entries[--_position];
    }

    /// <summary>The newer entry, the draft past the newest, or null when already at the draft.</summary>
    public string? Next()
    {
        if (_position >= _entries.Count)
            return null;
        _position++;
        return _position == _entries.Count ? _draft : _entries[_position];
    }
}
