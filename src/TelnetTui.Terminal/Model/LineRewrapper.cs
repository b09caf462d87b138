namespace TelnetTui.Terminal.Model;

/// <summary>
/// Re-wraps logical lines (physical lines joined by their soft-wrap flags) to a new width. Cells are
/// copied; clusters and extended styles are re-interned into each output row's own tables. A wide
/// character never straddles two rows. Output rows go to a callback, so scrollback can be streamed.
/// </summary>
internal sealed class LineRewrapper
{
    private readonly int _columns;
    private readonly Action<Row> _emit;
    private readonly RowExtrasPool _pool;
    private Row _row;
    private int _col;
    private bool _rowHasContent;

    public LineRewrapper(int columns, RowExtrasPool pool, Action<Row> emit)
    {
        _columns = columns;
        _pool = pool;
        _emit = emit;
        _row = new Row(columns, pool);
    }

    /// <summary>Output rows emitted so far (the current, unfinished one is number <see cref="RowsEmitted"/>).</summary>
    public int RowsEmitted { get; private set; }

    /// <summary>Column where the next cell goes in the current row.</summary>
    public int Column => _col;

    /// <summary>Marks the current output row (prompt marks follow their text).</summary>
    public void AddFlags(RowFlags flags) => _row.Flags |= flags & ~RowFlags.Wrapped;

    /// <summary>Appends cells of the current logical line. <paramref name="cursorIndex"/> (or -1) reports where that cell lands.</summary>
    public (int Row, int Col) Append(ReadOnlySpan<ulong> cells, RowExtras? extras, int cursorIndex)
    {
        var cursor = (-1, -1);
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            if (PackedCell.IsSpacer(cell))
            {
                if (i == cursorIndex)
                    cursor = (RowsEmitted, Math.Max(0, _col - 1));
                continue; // written with its wide character
            }
            var width = PackedCell.IsWide(cell) ? 2 : 1;
            if (width == 2 && _columns < 2)
                continue; // cannot show a wide character at all
            if (_col + width > _columns)
                Break(wrapped: true);
            if (i == cursorIndex)
                cursor = (RowsEmitted, _col);
            var copied = Reintern(cell, extras);
            var target = _row.Edit();
            target[_col] = copied;
            if (width == 2)
            {
                target[_col + 1] = PackedCell.StyleBits(copied) | PackedCell.SpacerFlag;
                _row.MayHoldWide = true;
            }
            _col += width;
            _rowHasContent = true;
        }
        return cursor;
    }

    /// <summary>Ends the logical line (its last row is not wrapped).</summary>
    public void EndLine() => Break(wrapped: false);

    /// <summary>Starts a new output row because the current one is full.</summary>
    public void ForceBreak() => Break(wrapped: true);

    public bool CurrentRowIsEmpty => !_rowHasContent && _col == 0;

    private void Break(bool wrapped)
    {
        _row.IsWrapped = wrapped;
        _emit(_row);
        RowsEmitted++;
        _row = new Row(_columns, _pool);
        _col = 0;
        _rowHasContent = false;
    }

    private ulong Reintern(ulong cell, RowExtras? extras)
    {
        if (!PackedCell.IsCluster(cell) && !PackedCell.IsExtended(cell))
            return cell;
        if (PackedCell.IsCluster(cell))
        {
            var index = PackedCell.CodePoint(cell);
            var cluster = extras is not null && index < extras.Clusters.Count ? extras.Clusters[index] : "\uFFFD";
            cell = (cell & ~(PackedCell.CodePointMask | PackedCell.ClusterFlag)) | _row.ClusterBits(cluster);
        }
        if (PackedCell.IsExtended(cell))
        {
            var index = PackedCell.ExtendedIndex(cell);
            var style = extras is not null && index < extras.Styles.Count ? extras.Styles[index] : Style.Plain;
            cell = (cell & PackedCell.ContentMask) | _row.StyleBits(style, 0, isInline: false);
        }
        return cell;
    }
}
