namespace TelnetTui.Terminal.Model;

/// <summary>
/// Resizes a screen. On the main screen a width change re-wraps every soft-wrapped logical line,
/// scrollback included (streamed line by line, so memory does not double). The new screen starts
/// where the old top row's text now starts; rows are pushed to scrollback when the text or the cursor
/// would fall off the bottom, and taken back from scrollback when the screen grows taller.
/// </summary>
internal static class ScreenResizer
{
    public static void Resize(Screen s, int columns, int rows)
    {
        var oldRows = s.Rows;
        if (s.IsAlternate)
        {
            // Full-screen programs redraw after a resize; cut or pad both buffers.
            s.MainGrid.Resize(columns, rows);
            s.AltGrid.Resize(columns, rows);
            return;
        }
        s.AltGrid.Resize(columns, rows);
        Relayout(s, columns, rows, oldRows);
    }

    private readonly record struct Source(Row Row, bool IsScreen, int ScreenRow);

    private static void Relayout(Screen s, int columns, int rows, int oldRows)
    {
        var oldColumns = s.Columns;
        var grid = s.MainGrid;
        var scrollback = s.Scrollback;
        var reflow = columns != oldColumns;

        var sources = new List<Source>();
        if (reflow)
        {
            // Logical lines wholly in scrollback are re-wrapped straight back into scrollback, oldest first.
            var spanning = 0;
            for (var i = scrollback.Count - 1; i >= 0 && (scrollback.Flags(i) & RowFlags.Wrapped) != 0; i--)
                spanning++;
            var whole = scrollback.Count - spanning;
            var rewrapped = new Scrollback(scrollback.MaxLines, scrollback.TotalPushed - scrollback.Count, scrollback.ExtrasPool);
            var writer = new LineRewrapper(columns, grid.Pool, row => rewrapped.Push(row.Cells, row.TakeExtras(), row.Flags));
            for (var i = 0; i < whole; i++)
            {
                var flags = scrollback.Flags(0);
                writer.AddFlags(flags);
                writer.Append(scrollback.Cells(0), scrollback.Extras(0), -1);
                if ((flags & RowFlags.Wrapped) == 0)
                    writer.EndLine();
                scrollback.DropOldest();
            }
            for (var i = 0; i < spanning; i++)
            {
                var row = new Row(oldColumns, grid.Pool);
                row.Load(scrollback.Cells(i), scrollback.Extras(i), scrollback.Flags(i));
                sources.Add(new Source(row, false, -1));
            }
            s.Scrollback = rewrapped;
            scrollback = rewrapped;
        }

        // The screen rows that matter: up to the cursor or the last one with content, whichever is lower.
        var lastUsed = s.CursorRow;
        for (var r = oldRows - 1; r > lastUsed; r--)
        {
            if (grid[r].ContentLength > 0 || grid[r].Flags != RowFlags.None)
            {
                lastUsed = r;
                break;
            }
        }
        for (var r = 0; r <= lastUsed; r++)
            sources.Add(new Source(grid[r], true, r));

        var output = new List<Row>();
        var top = 0;
        var cursor = (Row: s.CursorRow, Col: s.CursorCol);
        var cursorPending = s.PendingWrap;
        if (reflow)
        {
            top = -1;
            var rewrap = new LineRewrapper(columns, grid.Pool, output.Add);
            for (var i = 0; i < sources.Count; i++)
            {
                var (row, isScreen, screenRow) = sources[i];
                var wrapped = row.IsWrapped && i < sources.Count - 1;
                var cells = row.Cells[..row.ContentLength];
                var isCursorRow = isScreen && screenRow == s.CursorRow;
                if (isScreen && screenRow == 0)
                    top = rewrap.RowsEmitted + (rewrap.Column >= columns ? 1 : 0);
                rewrap.AddFlags(row.Flags);
                var cursorIndex = isCursorRow ? Math.Min(s.CursorCol, row.Columns - 1) : -1;
                var landed = rewrap.Append(cells, row.Extras, cursorIndex);
                if (isCursorRow)
                {
                    if (landed.Row >= 0 && !(s.PendingWrap && cursorIndex == cells.Length - 1))
                    {
                        cursor = landed;
                        cursorPending = false;
                    }
                    else
                    {
                        // The cursor is past the text on its line: keep its distance from the text's end.
                        var beyond = s.PendingWrap ? s.CursorCol + 1 - cells.Length : s.CursorCol - cells.Length;
                        var col = rewrap.Column + Math.Max(0, beyond);
                        cursorPending = col >= columns;
                        cursor = (rewrap.RowsEmitted, Math.Min(col, columns - 1));
                    }
                }
                if (!wrapped)
                    rewrap.EndLine();
            }
            if (top < 0)
                top = 0;
        }
        else
        {
            foreach (var source in sources)
                output.Add(source.Row);
        }

        var lastOut = output.Count - 1;
        var start = Math.Max(top, lastOut - rows + 1);
        if (rows > oldRows)
        {
            // Taller: show lines that scrolled off, as long as the bottom text still fits.
            var pull = Math.Min(rows - oldRows, rows - 1 - (lastOut - start));
            var fromOutput = Math.Min(pull, start);
            start -= fromOutput;
            pull -= fromOutput;
            var popped = new List<Row>();
            for (var i = 0; i < pull && scrollback.Count > 0; i++)
            {
                var (cells, extras, flags) = scrollback.PopNewest();
                var row = new Row(columns, grid.Pool);
                row.Load(cells, extras, flags);
                popped.Insert(0, row);
            }
            output.InsertRange(0, popped);
            cursor.Row += popped.Count;
        }
        for (var i = 0; i < start; i++)
            scrollback.Push(output[i].Cells, output[i].TakeExtras(), output[i].Flags);

        var newRows = new Row[rows];
        for (var r = 0; r < rows; r++)
            newRows[r] = start + r < output.Count ? output[start + r] : new Row(columns, grid.Pool);
        grid.ReplaceRows(newRows, columns);
        s.CursorRow = Math.Clamp(cursor.Row - start, 0, rows - 1);
        s.CursorCol = cursor.Row - start < 0 ? 0 : cursor.Col;
        s.PendingWrap = cursorPending && cursor.Row - start >= 0;
    }
}
