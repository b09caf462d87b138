namespace TelnetTui.Terminal.Model;

/// <summary>One line of the visible screen: packed cells, per-line flags and the rare-data tables.</summary>
internal sealed class Row
{
    private readonly RowExtrasPool? _pool;

    private ulong[] _cells;
    // Every cell at or after this index is empty: resets clear only the cells before it, and scrollback looks
    // for the end of the line's content only there. Raised by whatever may write a cell at or after it.
    private int _used;

    public Row(int columns, RowExtrasPool? pool = null)
    {
        _cells = new ulong[columns];
        _pool = pool;
    }

    /// <summary>The cells, to read.</summary>
    public ReadOnlySpan<ulong> Cells => _cells;

    /// <summary>The cells, to change anywhere in the row.</summary>
    public ulong[] Edit()
    {
        _used = _cells.Length;
        return _cells;
    }

    /// <summary>
    /// Cells <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/> − 1, to change; only
    /// those may be written through the span (the printing fast path, which knows where its run goes).
    /// </summary>
    public Span<ulong> Edit(int start, int length)
    {
        var span = _cells.AsSpan(start, length);
        // Without a branch: whether a run reaches past the mark is as random as where the cursor was put.
        var past = start + length - _used;
        _used += past & ~(past >> 31);
        return span;
    }

    /// <summary>The cells up to the last one that may not be empty (all after them are).</summary>
    public ReadOnlySpan<ulong> UsedCells => _cells.AsSpan(0, _used);

    public RowExtras? Extras { get; set; }
    public RowFlags Flags { get; set; }

    /// <summary>
    /// False while the row is known to hold no wide character, so narrow text can be written without
    /// checking the cells it overwrites for halves of one. Set by whatever writes a wide cell or loads
    /// cells from elsewhere; cleared when the row is reset.
    /// </summary>
    public bool MayHoldWide { get; set; }

    /// <summary>Changes whenever style-table indexes may have changed meaning (tables dropped, replaced or compacted).</summary>
    public int ExtrasVersion { get; private set; }

    public int Columns => _cells.Length;

    public bool IsWrapped
    {
        get => (Flags & RowFlags.Wrapped) != 0;
        set => Flags = value ? Flags | RowFlags.Wrapped : Flags & ~RowFlags.Wrapped;
    }

    /// <summary>Blank cells in <paramref name="blank"/>'s style, no flags, no tables.</summary>
    public void Reset(ulong blank)
    {
        if (blank == PackedCell.Empty)
            Clear();
        else
        {
            Array.Fill(_cells, blank);
            _used = _cells.Length;
            if (!PackedCell.IsExtended(blank))
                ReleaseExtras();
            MayHoldWide = false;
        }
        Flags = RowFlags.None;
    }

    /// <summary>Empty cells in the default style and no tables; the flags stay.</summary>
    public void Clear()
    {
        // Fill rather than Clear: for a row's worth of cells it is written inline, where Clear calls memset.
        _cells.AsSpan(0, _used).Fill(PackedCell.Empty);
        _used = 0;
        ReleaseExtras();
        MayHoldWide = false;
    }

    /// <summary>Empty cells from <paramref name="start"/> to the end of the row.</summary>
    public void ClearFrom(int start)
    {
        if (start >= _used)
            return;
        _cells.AsSpan(start, _used - start).Fill(PackedCell.Empty);
        _used = start;
    }

    /// <summary>Drops the side tables (their cells are gone), returning them for reuse.</summary>
    public void ReleaseExtras()
    {
        if (Extras is null)
            return;
        _pool?.Return(Extras);
        Extras = null;
        ExtrasVersion++;
    }

    /// <summary>Hands the side tables to whoever now holds this line's cells (scrollback); the row no longer owns them.</summary>
    public RowExtras? TakeExtras()
    {
        var extras = Extras;
        if (extras is not null)
        {
            Extras = null;
            ExtrasVersion++;
        }
        return extras;
    }

    /// <summary>Changes the width, keeping the cells that still fit.</summary>
    public void SetColumns(int columns)
    {
        if (columns == _cells.Length)
            return;
        var cells = new ulong[columns];
        _cells.AsSpan(0, Math.Min(columns, _cells.Length)).CopyTo(cells);
        // A wide character cut in half at the new edge becomes blank.
        if (columns < _cells.Length && columns > 0 && PackedCell.IsWide(cells[columns - 1]))
            cells[columns - 1] = PackedCell.StyleBits(cells[columns - 1]);
        _cells = cells;
        _used = Math.Min(_used, columns);
    }

    /// <summary>Replaces the cells with <paramref name="cells"/> padded with blanks (for reflow and scrollback pops).</summary>
    public void Load(ReadOnlySpan<ulong> cells, RowExtras? extras, RowFlags flags)
    {
        var n = Math.Min(cells.Length, _cells.Length);
        cells[..n].CopyTo(_cells);
        Array.Clear(_cells, n, _cells.Length - n);
        _used = n;
        MayHoldWide = true;
        Extras = extras;
        ExtrasVersion++;
        Flags = flags;
    }

    /// <summary>Style bits for cells written in <paramref name="style"/>: inline when possible, else an entry in this row's table.</summary>
    public ulong StyleBits(in Style style, ulong inlineBits, bool isInline)
    {
        if (isInline)
            return inlineBits;
        var extras = Extras ??= _pool?.Rent() ?? new RowExtras();
        if (extras.NeedsCompaction(_cells.Length))
        {
            extras.Compact(_cells);
            ExtrasVersion++;
        }
        return PackedCell.ExtendedBits(extras.InternStyle(style));
    }

    /// <summary>Stores a multi-code-point grapheme and returns the content bits that reference it.</summary>
    public ulong ClusterBits(string cluster)
    {
        var extras = Extras ??= _pool?.Rent() ?? new RowExtras();
        if (extras.NeedsCompaction(_cells.Length))
        {
            extras.Compact(_cells);
            ExtrasVersion++;
        }
        return PackedCell.ClusterFlag | (uint)extras.AddCluster(cluster);
    }

    /// <summary>Number of cells up to the last one that is not blank (what scrollback needs to keep).</summary>
    public int ContentLength => ContentLengthOf(UsedCells);

    public static int ContentLengthOf(ReadOnlySpan<ulong> cells)
    {
        var n = cells.LastIndexOfAnyExcept(PackedCell.Empty);
        return n + 1;
    }
}
