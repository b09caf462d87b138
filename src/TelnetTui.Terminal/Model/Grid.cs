namespace TelnetTui.Terminal.Model;

/// <summary>
/// One screen buffer (main or alternate): rows of packed cells and the editing operations of
/// ECMA-48 / DEC on them. Rows are a ring: scrolling the whole screen moves its start, a scrolling
/// region moves row references; cells are never copied. Rows scrolled off the top of the main buffer
/// go to scrollback when one is given.
/// </summary>
internal sealed class Grid
{
    private Row[] _rows;
    private int _start; // ring index of screen row 0

    private readonly RowExtrasPool _pool;

    public Grid(int columns, int rows, RowExtrasPool pool)
    {
        Columns = columns;
        _pool = pool;
        _rows = new Row[rows];
        for (var i = 0; i < rows; i++)
            _rows[i] = new Row(columns, pool);
    }

    public RowExtrasPool Pool => _pool;

    public int Columns { get; private set; }
    public int Height => _rows.Length;

    public Row this[int row] => _rows[Map(row)];

    private int Map(int row)
    {
        var i = _start + row;
        return i >= _rows.Length ? i - _rows.Length : i;
    }

    /// <summary>Puts row 0 back at index 0 of the array (before operations that work on the array directly).</summary>
    private void Normalize()
    {
        if (_start == 0)
            return;
        var ordered = new Row[_rows.Length];
        for (var r = 0; r < ordered.Length; r++)
            ordered[r] = this[r];
        _rows = ordered;
        _start = 0;
    }

    /// <summary>Moves rows top..bottom (inclusive) up by <paramref name="count"/>; rows leaving the top go to <paramref name="scrollback"/> if given.</summary>
    public void ScrollUp(int top, int bottom, int count, in Blank blank, Scrollback? scrollback)
    {
        var height = bottom - top + 1;
        if (count <= 0 || height <= 0)
            return;
        count = Math.Min(count, height);
        if (scrollback is not null)
        {
            for (var i = 0; i < count; i++)
            {
                var row = this[top + i];
                scrollback.Push(row.UsedCells, row.TakeExtras(), row.Flags);
            }
        }
        if (top == 0 && bottom == Height - 1)
        {
            // The whole screen: the ring's start moves on, the rows that left become the new bottom rows.
            _start = Map(count < Height ? count : count % Height); // count is 1 nearly always: skip the division
        }
        else
            Rotate(top, bottom, count);
        for (var i = bottom - count + 1; i <= bottom; i++)
            ResetRow(this[i], blank);
    }

    /// <summary>Moves rows top..bottom down by <paramref name="count"/>, blank rows entering at the top.</summary>
    public void ScrollDown(int top, int bottom, int count, in Blank blank)
    {
        var height = bottom - top + 1;
        if (count <= 0 || height <= 0)
            return;
        count = Math.Min(count, height);
        if (top == 0 && bottom == Height - 1)
            _start = Map((Height - count) % Height); // the bottom rows come round to the top
        else
            Rotate(top, bottom, height - count);
        for (var i = top; i < top + count; i++)
            ResetRow(this[i], blank);
    }

    /// <summary>Rotates rows top..bottom so that row top+shift becomes row top.</summary>
    private void Rotate(int top, int bottom, int shift)
    {
        var height = bottom - top + 1;
        if (shift >= height)
            shift %= height;
        if (shift == 0)
            return;
        Normalize();
        if (shift == 1)
        {
            var first = _rows[top];
            Array.Copy(_rows, top + 1, _rows, top, height - 1);
            _rows[bottom] = first;
            return;
        }
        var moved = _rows.AsSpan(top, shift).ToArray();
        Array.Copy(_rows, top + shift, _rows, top, height - shift);
        moved.CopyTo(_rows, bottom - shift + 1);
    }

    public static void ResetRow(Row row, in Blank blank)
    {
        if (blank.TryInlineBits(out var bits))
        {
            row.Reset(bits); // one pass over the cells (coloured blanks are common in ANSI art)
            return;
        }
        row.Reset(PackedCell.Empty);
        Array.Fill(row.Edit(), blank.For(row));
    }

    /// <summary>Blanks columns [from, to) of a row; selective erase (DECSED/DECSEL) spares protected cells.</summary>
    public void Erase(int row, int from, int to, in Blank blank, bool selective = false)
    {
        var r = this[row];
        from = Math.Max(0, from);
        to = Math.Min(Columns, to);
        if (from >= to)
            return;
        var cells = r.Cells;
        // Never leave half a wide character behind.
        if (PackedCell.IsSpacer(cells[from]) && from > 0)
            from--;
        if (to < Columns && PackedCell.IsSpacer(cells[to]))
            to++;
        var bits = blank.For(r);
        if (!selective)
        {
            if (to == Columns && bits == PackedCell.Empty)
            {
                if (from == 0)
                    r.Clear(); // the side tables go too
                else
                    r.ClearFrom(from);
            }
            else
                r.Edit(from, to - from).Fill(bits);
        }
        else
        {
            var edited = r.Edit();
            for (var i = from; i < to; i++)
            {
                if (!IsProtected(r, edited[i]))
                    edited[i] = bits;
            }
        }
        // Erasing the last column ends a soft wrap: the next line no longer continues this one.
        if (to == Columns)
            r.IsWrapped = false;
    }

    public static bool IsProtected(Row row, ulong cell)
    {
        if (!PackedCell.IsExtended(cell))
            return (PackedCell.InlineAttributes(cell) & CellAttributes.Protected) != 0;
        var styles = row.Extras?.Styles;
        var index = PackedCell.ExtendedIndex(cell);
        return styles is not null && index < styles.Count && styles[index].Has(CellAttributes.Protected);
    }

    /// <summary>ICH: inserts <paramref name="count"/> blanks at <paramref name="col"/>, pushing cells right; cells pushed past the edge are lost.</summary>
    public void InsertCells(int row, int col, int count, in Blank blank)
    {
        var r = this[row];
        var cells = r.Edit().AsSpan();
        if (col >= Columns || count <= 0)
            return;
        count = Math.Min(count, Columns - col);
        if (PackedCell.IsSpacer(cells[col]) && col > 0)
            cells[col - 1] = PackedCell.StyleBits(cells[col - 1]);
        cells[col..(Columns - count)].CopyTo(cells[(col + count)..]);
        var bits = blank.For(r);
        cells.Slice(col, count).Fill(bits);
        if (PackedCell.IsWide(cells[Columns - 1]))
            cells[Columns - 1] = PackedCell.StyleBits(cells[Columns - 1]);
        r.IsWrapped = false;
    }

    /// <summary>DCH: deletes <paramref name="count"/> cells at <paramref name="col"/>, pulling the rest left; blanks enter at the right.</summary>
    public void DeleteCells(int row, int col, int count, in Blank blank)
    {
        var r = this[row];
        var cells = r.Edit().AsSpan();
        if (col >= Columns || count <= 0)
            return;
        count = Math.Min(count, Columns - col);
        if (PackedCell.IsSpacer(cells[col]) && col > 0)
            cells[col - 1] = PackedCell.StyleBits(cells[col - 1]);
        cells[(col + count)..].CopyTo(cells[col..]);
        var bits = blank.For(r);
        cells[(Columns - count)..].Fill(bits);
        if (PackedCell.IsSpacer(cells[col]))
            cells[col] = PackedCell.StyleBits(cells[col]);
        r.IsWrapped = false;
    }

    /// <summary>Changes the size without reflow: rows are cut or padded on the right, removed or added at the bottom.</summary>
    public void Resize(int columns, int rows)
    {
        Normalize();
        if (rows != _rows.Length)
        {
            var resized = new Row[rows];
            for (var i = 0; i < rows; i++)
                resized[i] = i < _rows.Length ? _rows[i] : new Row(columns, _pool);
            _rows = resized;
        }
        foreach (var r in _rows)
            r.SetColumns(columns);
        Columns = columns;
    }

    /// <summary>Removes <paramref name="count"/> rows at the top, adding blank rows at the bottom (no scrollback).</summary>
    public void DropTop(int count) => ScrollUp(0, Height - 1, count, Blank.Default, null);

    /// <summary>Replaces all rows (reflow builds new ones).</summary>
    public void ReplaceRows(Row[] rows, int columns)
    {
        _rows = rows;
        _start = 0;
        Columns = columns;
    }
}
