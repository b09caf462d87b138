namespace TelnetTui.Terminal.Model;

/// <summary>Horizontal tab stops (HTS, TBC, HT, CHT, CBT): every 8 columns until changed.</summary>
internal sealed class TabStops
{
    public const int DefaultInterval = 8;
    private bool[] _stops;

    public TabStops(int columns)
    {
        _stops = new bool[columns];
        Reset();
    }

    public void Reset()
    {
        for (var i = 0; i < _stops.Length; i++)
            _stops[i] = i % DefaultInterval == 0 && i != 0;
    }

    public void Set(int column)
    {
        if ((uint)column < (uint)_stops.Length)
            _stops[column] = true;
    }

    public void Clear(int column)
    {
        if ((uint)column < (uint)_stops.Length)
            _stops[column] = false;
    }

    public void ClearAll() => Array.Clear(_stops);

    /// <summary>The next stop after <paramref name="column"/>, or the last column.</summary>
    public int Next(int column)
    {
        for (var i = column + 1; i < _stops.Length; i++)
        {
            if (_stops[i])
                return i;
        }
        return _stops.Length - 1;
    }

    /// <summary>The previous stop before <paramref name="column"/>, or column 0.</summary>
    public int Previous(int column)
    {
        for (var i = Math.Min(column, _stops.Length) - 1; i > 0; i--)
        {
            if (_stops[i])
                return i;
        }
        return 0;
    }

    /// <summary>Keeps the stops that fit; new columns get the default stops.</summary>
    public void Resize(int columns)
    {
        var old = _stops;
        _stops = new bool[columns];
        for (var i = 0; i < columns; i++)
            _stops[i] = i < old.Length ? old[i] : i % DefaultInterval == 0;
    }
}
