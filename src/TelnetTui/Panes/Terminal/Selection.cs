using System.Text;
using TelnetTui.Terminal.Model;

namespace TelnetTui.Panes.Terminal;

/// <summary>
/// Text selected with the mouse in the terminal pane: from where the button went down to where it is,
/// in reading order (a stream selection, as xterm makes). Positions are <see cref="ScreenPoint"/>s, so the
/// selection stays on its text while new lines scroll in.
/// </summary>
public sealed class Selection
{
    /// <summary>Most text one copy takes (a selection of a whole 100,000-line scrollback is cut here).</summary>
    public const int MaxChars = 1 << 20;

    public ScreenPoint Anchor { get; private set; }
    public ScreenPoint Head { get; private set; }
    public bool IsActive { get; private set; }

    /// <summary>True while the button is still down.</summary>
    public bool IsDragging { get; private set; }

    public ScreenPoint Start => Anchor <= Head ? Anchor : Head;
    public ScreenPoint End => Anchor <= Head ? Head : Anchor;

    /// <summary>True once the pointer moved off the cell it was pressed on.</summary>
    public bool IsEmpty => Anchor == Head;

    public void Begin(ScreenPoint at)
    {
        Anchor = at;
        Head = at;
        IsActive = true;
        IsDragging = true;
    }

    public void Extend(ScreenPoint to)
    {
        if (IsActive)
            Head = to;
    }

    public void Finish() => IsDragging = false;

    public void Clear()
    {
        IsActive = false;
        IsDragging = false;
    }

    /// <summary>The selected columns of <paramref name="line"/> as [from, to) (to may be past the last column), or false.</summary>
    public bool ColumnsOn(long line, int columns, out int from, out int to)
    {
        from = to = 0;
        if (!IsActive || IsEmpty || line < Start.Line || line > End.Line)
            return false;
        from = line == Start.Line ? Start.Column : 0;
        to = line == End.Line ? End.Column + 1 : columns;
        return to > from;
    }

    /// <summary>
    /// The selected text: each line's cells (trailing blanks dropped), lines joined by '\n' except where the
    /// host's text wrapped at the margin. Lines that scrolled out of the scrollback are left out.
    /// </summary>
    public string Text(Screen screen)
    {
        if (!IsActive || IsEmpty)
            return "";
        var sb = new StringBuilder();
        var cells = new Cell[screen.Columns];
        var offset = screen.LinesScrolledOff;
        for (var abs = Start.Line; abs <= End.Line && sb.Length < MaxChars; abs++)
        {
            var line = abs - offset;
            if (line < -screen.ScrollbackCount || line >= screen.Rows)
                continue;
            var n = screen.ReadLine((int)line, cells);
            var from = abs == Start.Line ? Math.Min(Start.Column, n) : 0;
            var to = abs == End.Line ? Math.Min(End.Column + 1, n) : n;
            var lineStart = sb.Length;
            var lastText = sb.Length;
            for (var c = from; c < to; c++)
            {
                var cell = cells[c];
                if (cell.Width == 0)
                    continue;
                if (cell.IsEmpty)
                {
                    sb.Append(' ');
                    continue;
                }
                sb.Append(cell.Text);
                lastText = sb.Length;
            }
            sb.Length = Math.Max(lineStart, lastText);
            var wrapped = (screen.GetLineFlags((int)line) & RowFlags.Wrapped) != 0;
            if (abs < End.Line && !(wrapped && to >= n))
                sb.Append('\n');
        }
        if (sb.Length > MaxChars)
            sb.Length = MaxChars;
        return sb.ToString();
    }
}
