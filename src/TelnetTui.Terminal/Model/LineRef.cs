namespace TelnetTui.Terminal.Model;

/// <summary>A line's packed cells with its side tables and flags, wherever it is stored (screen row or scrollback).</summary>
internal readonly ref struct LineRef(ReadOnlySpan<ulong> cells, RowExtras? extras, RowFlags flags)
{
    public ReadOnlySpan<ulong> Cells { get; } = cells;
    public RowExtras? Extras { get; } = extras;
    public RowFlags Flags { get; } = flags;

    public void Deconstruct(out ReadOnlySpan<ulong> cells, out RowExtras? extras, out RowFlags flags)
    {
        cells = Cells;
        extras = Extras;
        flags = Flags;
    }
}
