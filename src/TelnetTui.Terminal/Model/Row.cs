namespace TelnetTui.Terminal.Model;

/// <summary>One line of the visible screen: packed cells, per-line flags and the rare-data tables.</summary>
internal sealed class Row
{
    private readonly RowExtrasPool? _pool;

    public Row(int columns, RowExtrasPool? pool = null)
    {
        Cells = new ulong[columns];
        _pool = pool;
    }

    public ulong[] Cells { get; private set; }
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

    public int Columns => Cells.Length;

    public bool IsWrapped
    {
        get => (Flags & RowFlags.Wrapped) != 0;
        set => Flags = value ? Flags | RowFlags.Wrapped : Flags & ~RowFlags.Wrapped;
    }

    /// <summary>Blank cells in <paramref name="blank"/>'s style, no flags, no tables.</summary>
    public void Reset(ulong blank)
    {
        if (blank == PackedCell.Empty)
            Array.Clear(Cells);
        else
            Array.Fill(Cells, blank);
        if (blank == PackedCell.Empty || !PackedCell.IsExtended(blank))
            ReleaseExtras();
        Flags = RowFlags.None;
        MayHoldWide = false;
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
        if (columns == Cells.Length)
            return;
        var cells = new ulong[columns];
        Cells.AsSpan(0, Math.Min(columns, Cells.Length)).CopyTo(cells);
        // A wide character cut in half at the new edge becomes blank.
        if (columns < Cells.Length && columns > 0 && PackedCell.IsWide(cells[columns - 1]))
            cells[columns - 1] = PackedCell.StyleBits(cells[columns - 1]);
        Cells = cells;
    }

    /// <summary>Replaces the cells with <paramref name="cells"/> padded with blanks (for reflow and scrollback pops).</summary>
    public void Load(ReadOnlySpan<ulong> cells, RowExtras? extras, RowFlags flags)
    {
        var n = Math.Min(cells.Length, Cells.Length);
        cells[..n].CopyTo(Cells);
        Array.Clear(Cells, n, Cells.Length - n);
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
        if (extras.NeedsCompaction(Cells.Length))
        {
            extras.Compact(Cells);
            ExtrasVersion++;
        }
        return PackedCell.ExtendedBits(extras.InternStyle(style));
    }

    /// <summary>Stores a multi-code-point grapheme and returns the content bits that reference it.</summary>
    public ulong ClusterBits(string cluster)
    {
        var extras = Extras ??= _pool?.Rent() ?? new RowExtras();
        if (extras.NeedsCompaction(Cells.Length))
        {
            extras.Compact(Cells);
            ExtrasVersion++;
        }
        return PackedCell.ClusterFlag | (uint)extras.AddCluster(cluster);
    }

    /// <summary>Number of cells up to the last one that is not blank (what scrollback needs to keep).</summary>
    public int ContentLength => ContentLengthOf(Cells);

    public static int ContentLengthOf(ReadOnlySpan<ulong> cells)
    {
        var n = cells.LastIndexOfAnyExcept(PackedCell.Empty);
        return n + 1;
    }
}
