namespace TelnetTui.Terminal.Parsing;

/// <summary>
/// The numeric parameters of a CSI or DCS sequence (ECMA-48 §5.4.2), with ':' sub-parameters
/// (ITU T.416 / ECMA-48 §5.4.2 d) marked. An empty parameter reads as 0, which every sequence treats as its default.
/// Owned and reused by the parser: read it only during the dispatch call.
/// </summary>
public sealed class VtParams
{
    private readonly ushort[] _values = new ushort[VtLimits.MaxParameters];
    private uint _subParameterMask;
    private int _current;
    private bool _started;

    /// <summary>Number of values, sub-parameters included.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Sets all values at once (the parser's fast path accumulates them in locals).
    /// <paramref name="values"/> must already hold them; only the count and the ':' mask are stored here.
    /// </summary>
    internal ushort[] Values => _values;

    internal void SetParsed(int count, uint subParameterMask)
    {
        Count = count;
        _subParameterMask = subParameterMask;
        _current = 0;
        _started = false;
    }

    /// <summary>Value <paramref name="index"/> (0 when empty or absent).</summary>
    public int this[int index] => (uint)index < (uint)Count ? _values[index] : 0;

    /// <summary>Value <paramref name="index"/>, or <paramref name="defaultValue"/> when it is absent, empty or 0.</summary>
    public int Get(int index, int defaultValue)
    {
        var v = this[index];
        return v == 0 ? defaultValue : v;
    }

    /// <summary>True when value <paramref name="index"/> was joined to the one before it with ':'.</summary>
    public bool IsSubParameter(int index) => (uint)index < (uint)Count && (_subParameterMask & (1u << index)) != 0;

    /// <summary>Number of ':' sub-parameters that follow value <paramref name="index"/>.</summary>
    public int SubParameterCount(int index)
    {
        var n = 0;
        while (IsSubParameter(index + 1 + n))
            n++;
        return n;
    }

    internal void Clear()
    {
        Count = 0;
        _subParameterMask = 0;
        _current = 0;
        _started = false;
    }

    internal void AddDigit(int digit)
    {
        _started = true;
        var v = _current * 10 + digit;
        _current = v > VtLimits.MaxParameterValue ? VtLimits.MaxParameterValue : v;
    }

    /// <summary>';' ends the current parameter; ':' ends it and makes the next one a sub-parameter.</summary>
    internal void Separator(bool subParameter)
    {
        Commit();
        _started = true;
        if (subParameter && Count < VtLimits.MaxParameters)
            _subParameterMask |= 1u << Count;
    }

    /// <summary>Called at the final byte: the last parameter counts if any parameter byte was seen.</summary>
    internal void Finish()
    {
        if (_started)
            Commit();
        _started = false;
    }

    private void Commit()
    {
        if (Count < VtLimits.MaxParameters)
            _values[Count++] = (ushort)_current;
        _current = 0;
    }

    public override string ToString()
    {
        var parts = new string[Count];
        for (var i = 0; i < Count; i++)
            parts[i] = (IsSubParameter(i) ? ":" : "") + _values[i];
        return string.Join(";", parts).Replace(";:", ":", StringComparison.Ordinal);
    }
}
