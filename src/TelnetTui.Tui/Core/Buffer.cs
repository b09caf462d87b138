using System.Text;
using TelnetTui.Tui.Text;

namespace TelnetTui.Tui;

/// <summary>
/// A grid of cells that views render into; <see cref="Rendering.BufferDiff"/> compares two of them.
/// Writes are clipped to the buffer and keep wide characters whole: overwriting either half of a wide
/// character blanks the other half, and a wide character that would not fit is drawn as a space.
/// </summary>
public sealed class Buffer
{
    private Cell[] _cells;

    public Buffer(int width, int height)
    {
        Width = Math.Max(0, width);
        Height = Math.Max(0, height);
        _cells = new Cell[Width * Height];
        _cells.AsSpan().Fill(Cell.Blank);
    }

    public int Width { get; private set; }
    public int Height { get; private set; }
    public Rect Area => new(0, 0, Width, Height);

    public Cell this[int x, int y]
    {
        get => (uint)x < (uint)Width && (uint)y < (uint)Height ? _cells[y * Width + x] : Cell.Blank;
        set => Set(x, y, value);
    }

    /// <summary>
    /// Row <paramref name="y"/> for bulk writes (a terminal pane copying its screen each frame).
    /// The caller keeps the wide-character rule: a width-2 cell is followed by a continuation.
    /// </summary>
    public Span<Cell> Row(int y) => _cells.AsSpan(y * Width, Width);

    /// <summary>Every cell, row after row.</summary>
    public ReadOnlySpan<Cell> Cells => _cells;

    /// <summary>Resizes and blanks the buffer (contents after a resize are redrawn anyway).</summary>
    public void Resize(int width, int height)
    {
        width = Math.Max(0, width);
        height = Math.Max(0, height);
        if (width * height != _cells.Length)
            _cells = new Cell[width * height];
        Width = width;
        Height = height;
        Clear();
    }

    public void Clear() => _cells.AsSpan().Fill(Cell.Blank);

    /// <summary>Copies another buffer of the same size.</summary>
    public void CopyFrom(Buffer other)
    {
        if (other.Width != Width || other.Height != Height)
            Resize(other.Width, other.Height);
        other._cells.AsSpan().CopyTo(_cells);
    }

    /// <summary>Sets one cell; see the class remarks for wide characters.</summary>
    public void Set(int x, int y, Cell cell) => Set(x, y, cell, Width);

    /// <summary>Sets one cell, treating <paramref name="clipRight"/> as the right edge a wide character must fit in.</summary>
    public void Set(int x, int y, Cell cell, int clipRight)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height || cell.IsContinuation)
            return;
        var row = Row(y);
        var right = Math.Min(Width, clipRight);
        if (cell.Width == 2 && x + 1 >= right)
            cell = Cell.Space(cell.Style);
        BreakWide(row, x);
        row[x] = cell;
        if (cell.Width == 2)
        {
            BreakWide(row, x + 1);
            row[x + 1] = Cell.Continuation(cell.Style);
        }
    }

    // Before cell x is overwritten: a wide character that x is part of loses its other half.
    private static void BreakWide(Span<Cell> row, int x)
    {
        var old = row[x];
        if (old.IsContinuation && x > 0 && row[x - 1].Width == 2)
            row[x - 1] = Cell.Space(row[x - 1].Style);
        else if (old.Width == 2 && x + 1 < row.Length && row[x + 1].IsContinuation)
            row[x + 1] = Cell.Space(old.Style);
    }

    /// <summary>
    /// Writes <paramref name="text"/> from (x, y) in <paramref name="style"/>, clipped to the buffer and to
    /// <paramref name="maxWidth"/> columns. Returns the columns written. Controls print as U+FFFD.
    /// </summary>
    public int SetString(int x, int y, ReadOnlySpan<char> text, Style style, int maxWidth = int.MaxValue)
    {
        if ((uint)y >= (uint)Height || maxWidth <= 0)
            return 0;
        var right = (int)Math.Min((long)Width, (long)x + maxWidth);
        var column = x;
        while (!text.IsEmpty && column < right)
        {
            var length = Grapheme.NextLength(text);
            Cell cell;
            if (length == 1)
                cell = new Cell(text[0], style);
            else
                cell = Cell.FromGrapheme(text[..length], style);
            text = text[length..];
            if (cell.Width == 2 && column + 1 >= right)
            {
                // The wide character does not fit: pad the last column instead (as terminals do at the margin).
                if (column >= 0)
                    Set(column, y, Cell.Space(style), right);
                column++;
                break;
            }
            if (column >= 0)
                Set(column, y, cell, right);
            else if (cell.Width == 2 && column == -1)
                Set(0, y, Cell.Space(style), right); // the right half of a wide character clipped on the left
            column += cell.Width;
        }
        return Math.Max(0, column - Math.Max(0, x));
    }

    /// <summary>Writes styled spans one after another; returns the columns written.</summary>
    public int SetSpans(int x, int y, ReadOnlySpan<TextSpan> spans, int maxWidth = int.MaxValue)
    {
        var used = 0;
        foreach (var span in spans)
        {
            if (used >= maxWidth)
                break;
            used += SetString(x + used, y, span.Text, span.Style, maxWidth - used);
        }
        return used;
    }

    /// <summary>Fills the part of <paramref name="area"/> inside the buffer with <paramref name="cell"/>.</summary>
    public void Fill(Rect area, Cell cell)
    {
        area = area.Intersect(Area);
        if (area.IsEmpty)
            return;
        if (cell.Width == 2)
        {
            for (var y = area.Y; y < area.Bottom; y++)
                for (var x = area.X; x + 1 < area.Right; x += 2)
                    Set(x, y, cell, area.Right);
            return;
        }
        for (var y = area.Y; y < area.Bottom; y++)
        {
            var row = Row(y);
            BreakWide(row, area.X);
            BreakWide(row, area.Right - 1);
            row.Slice(area.X, area.Width).Fill(cell);
        }
    }

    /// <summary>Restyles the cells in <paramref name="area"/>, keeping their text.</summary>
    public void SetStyle(Rect area, Style style)
    {
        area = area.Intersect(Area);
        for (var y = area.Y; y < area.Bottom; y++)
        {
            var row = Row(y);
            for (var x = area.X; x < area.Right; x++)
                row[x] = row[x].WithStyle(style);
        }
    }

    /// <summary>Restyles the cells in <paramref name="area"/> through <paramref name="restyle"/>.</summary>
    public void UpdateStyle(Rect area, Func<Style, Style> restyle)
    {
        area = area.Intersect(Area);
        for (var y = area.Y; y < area.Bottom; y++)
        {
            var row = Row(y);
            for (var x = area.X; x < area.Right; x++)
                row[x] = row[x].WithStyle(restyle(row[x].Style));
        }
    }

    /// <summary>Row <paramref name="y"/> as text (continuations skipped), for tests and debugging.</summary>
    public string GetLine(int y)
    {
        var sb = new StringBuilder(Width);
        foreach (var cell in Row(y))
            sb.Append(cell.Symbol);
        return sb.ToString();
    }

    /// <summary>The whole buffer as text, rows joined by '\n'.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        for (var y = 0; y < Height; y++)
        {
            if (y > 0)
                sb.Append('\n');
            sb.Append(GetLine(y));
        }
        return sb.ToString();
    }
}
