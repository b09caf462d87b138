namespace TelnetTui.Terminal.Model;

/// <summary>What erased cells are filled with: no text, and the colours of the pen (background colour erase).</summary>
internal readonly struct Blank
{
    private readonly Style _style;
    private readonly ulong _inlineBits;
    private readonly bool _isInline;

    public Blank(in Style style)
    {
        _style = style.ColorsOnly;
        _isInline = PackedCell.TryInline(_style, out _inlineBits);
    }

    public static Blank Default { get; } = new(Style.Plain);

    /// <summary>The packed blank cell for <paramref name="row"/> (an RGB background needs the row's style table).</summary>
    public ulong For(Row row) => _isInline ? _inlineBits : row.StyleBits(_style, 0, isInline: false);

    /// <summary>The packed blank cell when it needs no style table (the same for every row).</summary>
    public bool TryInlineBits(out ulong bits)
    {
        bits = _inlineBits;
        return _isInline;
    }

    public bool IsDefault => _isInline && _inlineBits == PackedCell.Empty;
}
