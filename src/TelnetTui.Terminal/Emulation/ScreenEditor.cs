using TelnetTui.Terminal.Model;

namespace TelnetTui.Terminal.Emulation;

/// <summary>
/// Cursor movement, scrolling, erasing and line editing on the screen, with the margin and
/// origin-mode rules of the VT100/VT220 and xterm (ctlseqs). Every cursor move clears the
/// pending-wrap flag.
/// </summary>
internal sealed class ScreenEditor
{
    private readonly Screen _s;
    private readonly Pen _pen;

    public ScreenEditor(Screen screen, Pen pen)
    {
        _s = screen;
        _pen = pen;
    }

    private Grid Grid => _s.Grid;

    /// <summary>Scrollback receives lines only from the main screen, when the region starts at the top (as xterm).</summary>
    private Scrollback? ScrollbackFor(int top) => !_s.IsAlternate && top == 0 ? _s.Scrollback : null;

    /// <summary>IND / LF: down one line, scrolling the region when at its bottom margin.</summary>
    public void Index()
    {
        var s = _s;
        s.PendingWrap = false;
        if (s.CursorRow == s.ScrollBottom)
            Grid.ScrollUp(s.ScrollTop, s.ScrollBottom, 1, _pen.Blank, ScrollbackFor(s.ScrollTop));
        else if (s.CursorRow < s.Rows - 1)
            s.CursorRow++;
        s.VersionCounter++;
    }

    /// <summary>RI: up one line, scrolling the region down when at its top margin.</summary>
    public void ReverseIndex()
    {
        var s = _s;
        s.PendingWrap = false;
        if (s.CursorRow == s.ScrollTop)
            Grid.ScrollDown(s.ScrollTop, s.ScrollBottom, 1, _pen.Blank);
        else if (s.CursorRow > 0)
            s.CursorRow--;
        s.VersionCounter++;
    }

    public void CarriageReturn()
    {
        _s.CursorCol = 0;
        _s.PendingWrap = false;
    }

    /// <summary>SU: the scrolling region moves up.</summary>
    public void ScrollUp(int count)
    {
        var s = _s;
        Grid.ScrollUp(s.ScrollTop, s.ScrollBottom, count, _pen.Blank, ScrollbackFor(s.ScrollTop));
        s.VersionCounter++;
    }

    /// <summary>SD: the scrolling region moves down.</summary>
    public void ScrollDown(int count)
    {
        Grid.ScrollDown(_s.ScrollTop, _s.ScrollBottom, count, _pen.Blank);
        _s.VersionCounter++;
    }

    /// <summary>Puts the cursor at an absolute screen position, clamped.</summary>
    public void MoveTo(int row, int col)
    {
        var s = _s;
        s.CursorRow = Math.Clamp(row, 0, s.Rows - 1);
        s.CursorCol = Math.Clamp(col, 0, s.Columns - 1);
        s.PendingWrap = false;
    }

    /// <summary>CUP/HVP: 0-based row and column, relative to the scrolling region in origin mode (DECOM) and confined to it.</summary>
    public void SetPosition(int row, int col)
    {
        var s = _s;
        if (s.OriginMode)
        {
            row = Math.Clamp(row + s.ScrollTop, s.ScrollTop, s.ScrollBottom);
        }
        MoveTo(row, col);
    }

    /// <summary>VPA: row only.</summary>
    public void SetRow(int row) => SetPosition(row, _s.CursorCol);

    /// <summary>CUU: stops at the top margin when the cursor is inside the region.</summary>
    public void MoveUp(int count)
    {
        var s = _s;
        var limit = s.CursorRow >= s.ScrollTop ? s.ScrollTop : 0;
        s.CursorRow = Math.Max(limit, s.CursorRow - count);
        s.PendingWrap = false;
    }

    /// <summary>CUD: stops at the bottom margin when the cursor is inside the region.</summary>
    public void MoveDown(int count)
    {
        var s = _s;
        var limit = s.CursorRow <= s.ScrollBottom ? s.ScrollBottom : s.Rows - 1;
        s.CursorRow = (int)Math.Min(limit, (long)s.CursorRow + count);
        s.PendingWrap = false;
    }

    public void MoveRight(int count)
    {
        var s = _s;
        s.CursorCol = (int)Math.Min(s.Columns - 1, (long)s.CursorCol + count);
        s.PendingWrap = false;
    }

    public void MoveLeft(int count)
    {
        var s = _s;
        s.CursorCol = Math.Max(0, Math.Min(s.CursorCol, s.Columns - 1) - count);
        s.PendingWrap = false;
    }

    public void SetColumn(int col)
    {
        _s.CursorCol = Math.Clamp(col, 0, _s.Columns - 1);
        _s.PendingWrap = false;
    }

    /// <summary>HT / CHT: to the next tab stop, or the last column.</summary>
    public void TabForward(int count)
    {
        var s = _s;
        for (var i = 0; i < count && s.CursorCol < s.Columns - 1; i++)
            s.CursorCol = s.Tabs.Next(s.CursorCol);
        s.PendingWrap = false;
    }

    /// <summary>CBT: to the previous tab stop, or column 0.</summary>
    public void TabBackward(int count)
    {
        var s = _s;
        for (var i = 0; i < count && s.CursorCol > 0; i++)
            s.CursorCol = s.Tabs.Previous(s.CursorCol);
        s.PendingWrap = false;
    }

    /// <summary>ED (DECSED when selective): 0 cursor to end, 1 start to cursor, 2 whole screen, 3 scrollback (xterm).</summary>
    public void EraseInDisplay(int mode, bool selective)
    {
        var s = _s;
        var blank = _pen.Blank;
        var row = s.CursorRow;
        var col = Math.Min(s.CursorCol, s.Columns - 1);
        switch (mode)
        {
            case 0:
                Grid.Erase(row, col, s.Columns, blank, selective);
                for (var r = row + 1; r < s.Rows; r++)
                    EraseRow(r, blank, selective);
                break;
            case 1:
                for (var r = 0; r < row; r++)
                    EraseRow(r, blank, selective);
                Grid.Erase(row, 0, col + 1, blank, selective);
                break;
            case 2:
                for (var r = 0; r < s.Rows; r++)
                    EraseRow(r, blank, selective);
                break;
            case 3:
                if (!selective)
                    s.Scrollback.Clear();
                break;
            default:
                return;
        }
        s.PendingWrap = false;
        s.VersionCounter++;
    }

    private void EraseRow(int r, in Blank blank, bool selective)
    {
        if (selective)
            Grid.Erase(r, 0, _s.Columns, blank, selective: true);
        else
        {
            var row = Grid[r];
            var flags = row.Flags & RowFlags.PromptMark;
            Grid.ResetRow(row, blank);
            row.Flags = flags;
        }
    }

    /// <summary>EL (DECSEL when selective): 0 cursor to end, 1 start to cursor, 2 whole line.</summary>
    public void EraseInLine(int mode, bool selective)
    {
        var s = _s;
        var col = Math.Min(s.CursorCol, s.Columns - 1);
        switch (mode)
        {
            case 0:
                Grid.Erase(s.CursorRow, col, s.Columns, _pen.Blank, selective);
                break;
            case 1:
                Grid.Erase(s.CursorRow, 0, col + 1, _pen.Blank, selective);
                break;
            case 2:
                Grid.Erase(s.CursorRow, 0, s.Columns, _pen.Blank, selective);
                break;
            default:
                return;
        }
        s.PendingWrap = false;
        s.VersionCounter++;
    }

    /// <summary>ECH: blanks <paramref name="count"/> cells from the cursor without moving it.</summary>
    public void EraseCharacters(int count)
    {
        var s = _s;
        var col = Math.Min(s.CursorCol, s.Columns - 1);
        Grid.Erase(s.CursorRow, col, (int)Math.Min(s.Columns, (long)col + count), _pen.Blank);
        s.PendingWrap = false;
        s.VersionCounter++;
    }

    public void InsertCharacters(int count)
    {
        Grid.InsertCells(_s.CursorRow, Math.Min(_s.CursorCol, _s.Columns - 1), count, _pen.Blank);
        _s.PendingWrap = false;
        _s.VersionCounter++;
    }

    public void DeleteCharacters(int count)
    {
        Grid.DeleteCells(_s.CursorRow, Math.Min(_s.CursorCol, _s.Columns - 1), count, _pen.Blank);
        _s.PendingWrap = false;
        _s.VersionCounter++;
    }

    /// <summary>IL: only inside the scrolling region; lines below move down and off the bottom margin.</summary>
    public void InsertLines(int count)
    {
        var s = _s;
        if (s.CursorRow < s.ScrollTop || s.CursorRow > s.ScrollBottom)
            return;
        // The cursor keeps its column, as xterm and tmux do (the VT510 manual would move it to the margin).
        Grid.ScrollDown(s.CursorRow, s.ScrollBottom, count, _pen.Blank);
        s.PendingWrap = false;
        s.VersionCounter++;
    }

    /// <summary>DL: only inside the scrolling region; lines below move up, blank lines enter at the bottom margin.</summary>
    public void DeleteLines(int count)
    {
        var s = _s;
        if (s.CursorRow < s.ScrollTop || s.CursorRow > s.ScrollBottom)
            return;
        Grid.ScrollUp(s.CursorRow, s.ScrollBottom, count, _pen.Blank, null);
        s.PendingWrap = false;
        s.VersionCounter++;
    }

    /// <summary>DECSTBM with 0-based inclusive margins; an invalid region is ignored. The cursor goes home.</summary>
    public void SetScrollRegion(int top, int bottom)
    {
        var s = _s;
        bottom = Math.Min(bottom, s.Rows - 1);
        if (top < 0 || top >= bottom)
            return;
        s.ScrollTop = top;
        s.ScrollBottom = bottom;
        SetPosition(0, 0);
    }

    public void ResetScrollRegion()
    {
        _s.ScrollTop = 0;
        _s.ScrollBottom = _s.Rows - 1;
    }

    /// <summary>DECALN: fills the screen with 'E', resets the margins, homes the cursor.</summary>
    public void AlignmentTest()
    {
        var s = _s;
        ResetScrollRegion();
        for (var r = 0; r < s.Rows; r++)
        {
            var row = Grid[r];
            row.Reset(PackedCell.Empty);
            Array.Fill(row.Edit(), (ulong)'E');
        }
        MoveTo(0, 0);
        s.VersionCounter++;
    }

    /// <summary>Switches to the alternate buffer (47, 1047, 1049); it never feeds scrollback.</summary>
    public void EnterAlternate(bool clear)
    {
        var s = _s;
        if (!s.IsAlternate)
        {
            s.IsAlternate = true;
            s.VersionCounter++;
        }
        if (clear)
        {
            for (var r = 0; r < s.Rows; r++)
                Grid.ResetRow(Grid[r], _pen.Blank);
        }
    }

    public void LeaveAlternate(bool clear)
    {
        var s = _s;
        if (!s.IsAlternate)
            return;
        if (clear)
        {
            for (var r = 0; r < s.Rows; r++)
                Grid.ResetRow(Grid[r], Blank.Default);
        }
        s.IsAlternate = false;
        s.VersionCounter++;
    }

    /// <summary>Clears the whole screen and homes the cursor (ANSI.SYS FF, and what ESC[2J does there).</summary>
    public void ClearAndHome()
    {
        EraseInDisplay(2, selective: false);
        MoveTo(0, 0);
    }
}
