namespace TelnetTui.Terminal.Model;

/// <summary>One line of the visible screen: packed cells, per-line flags and the rare-data tables.</summary>
internal sealed class Row
{
    public Row(int columns) => Cells = new ulong[columns];

    public ulong[] Cells { get; private set; }
    public RowExtras? Extras { get; set; }
    public RowFlags Flags { get; set; }

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
        Extras = blank == PackedCell.Empty || !PackedCell.IsExtended(blank) ? null : Extras;
        Flags = RowFlags.None;
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
        Extras = extras;
        Flags = flags;
    }

    /// <summary>Style bits for cells written in <paramref name="style"/>: inline when possible, else an entry in this row's table.</summary>
    public ulong StyleBits(in Style style, ulong inlineBits, bool isInline)
    {
        if (isInline)
            return inlineBits;
        var extras = Extras ??= new RowExtras();
        if (extras.NeedsCompaction(Cells.Length))
            extras.Compact(Cells);
        return PackedCell.ExtendedBits(extras.InternStyle(style));
    }

    /// <summary>Stores a multi-code-point grapheme and returns the content bits that reference it.</summary>
    public ulong ClusterBits(string cluster)
    {
        var extras = Extras ??= new RowExtras();
        if (extras.NeedsCompaction(Cells.Length))
            extras.Compact(Cells);
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
