namespace TelnetTui.Terminal.Emulation;

/// <summary>94-character graphic sets a G0–G3 slot can hold (ECMA-35 designations ESC ( F and friends).</summary>
internal enum Charset : byte
{
    /// <summary>ESC ( B: US-ASCII.</summary>
    Ascii,
    /// <summary>ESC ( 0: DEC Special Graphics (line drawing).</summary>
    DecSpecialGraphics,
    /// <summary>ESC ( A: United Kingdom ('#' is '£').</summary>
    Uk,
}

/// <summary>The four G sets, which one is in GL (SI/SO, LS2, LS3), and a pending single shift (SS2/SS3).</summary>
internal sealed class CharsetState
{
    private readonly Charset[] _g = new Charset[4];
    private int _gl;
    private int _singleShift = -1;

    /// <summary>True when text passes through unchanged (the common case, kept on the fast path).</summary>
    public bool IsIdentity { get; private set; } = true;

    public void Designate(int slot, Charset charset)
    {
        _g[slot] = charset;
        Update();
    }

    public void LockShift(int slot)
    {
        _gl = slot;
        Update();
    }

    public void SingleShift(int slot)
    {
        _singleShift = slot;
        Update();
    }

    /// <summary>Maps one character through the set in GL (or the single-shifted one, used once).</summary>
    public int Translate(int c)
    {
        var set = _g[_gl];
        if (_singleShift >= 0)
        {
            set = _g[_singleShift];
            _singleShift = -1;
            Update();
        }
        return set switch
        {
            Charset.DecSpecialGraphics when c >= 0x5F && c <= 0x7E => DecSpecialGraphics[c - 0x5F],
            Charset.Uk when c == '#' => '\u00A3',
            _ => c,
        };
    }

    public void Reset()
    {
        Array.Clear(_g);
        _gl = 0;
        _singleShift = -1;
        Update();
    }

    public void CopyFrom(CharsetState other)
    {
        other._g.CopyTo(_g, 0);
        _gl = other._gl;
        _singleShift = other._singleShift;
        Update();
    }

    private void Update() => IsIdentity = _g[_gl] == Charset.Ascii && _singleShift < 0;

    /// <summary>DEC Special Graphics for 0x5F–0x7E (VT100 User Guide, table 3-9), as Unicode.</summary>
    private static ReadOnlySpan<char> DecSpecialGraphics =>
        "\u00A0\u25C6\u2592\u2409\u240C\u240D\u240A\u00B0\u00B1\u2424\u240B\u2518\u2510\u250C\u2514\u253C" +
        "\u23BA\u23BB\u2500\u23BC\u23BD\u251C\u2524\u2534\u252C\u2502\u2264\u2265\u03C0\u2260\u00A3\u00B7";
}
