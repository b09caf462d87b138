using System.Text;
using TelnetTui.Themes;
using TelnetTui.Tui;
using Cell = TelnetTui.Tui.Cell;
using Screen = TelnetTui.Terminal.Model.Screen;
using Style = TelnetTui.Tui.Style;
using TermCell = TelnetTui.Terminal.Model.Cell;

namespace TelnetTui.Panes.Terminal;

/// <summary>
/// Copies one line of the session's screen or scrollback into a row of the frame buffer, then lays the
/// pane's own marks over it: the selection, search matches and web addresses. Buffers are reused, so a
/// frame allocates nothing per cell.
/// </summary>
public sealed class LinePainter
{
    private TermCell[] _cells = [];
    private char[] _text = new char[256];
    private int[] _columnOf = new int[256];
    private int _length;
    private string _search = "";

    public CellStyleMapper Styles { get; } = new();

    /// <summary>The text highlighted wherever it shows ("" for nothing).</summary>
    public void SetSearch(string query) => _search = query;

    /// <summary>
    /// Paints <paramref name="line"/> at (<paramref name="x"/>, <paramref name="y"/>), <paramref name="width"/> columns.
    /// <paramref name="absolute"/> is the line's <see cref="ScreenPoint.Line"/> (for the selection);
    /// <paramref name="currentMatch"/> marks the columns [start, end] of the search match being shown, if on this line.
    /// </summary>
    public void Paint(Screen screen, int line, long absolute, Buffer buffer, int x, int y, int width, AppTheme theme,
        Selection selection, (int Start, int End)? currentMatch = null)
    {
        var columns = screen.Columns;
        if (_cells.Length < columns)
            _cells = new TermCell[columns];
        var n = screen.ReadLine(line, _cells);
        var row = buffer.Row(y);
        var count = Math.Min(width, n);
        var right = x + count;
        for (var c = 0; c < count; c++)
        {
            ref readonly var source = ref _cells[c];
            var style = Styles.Map(source.Style);
            Cell cell;
            if (source.Width == 0)
                cell = Cell.Continuation(style);
            else if (source.Cluster is { } cluster)
                cell = Cell.FromGrapheme(cluster, style);
            else if (source.CodePoint == 0)
                cell = Cell.Space(style);
            else
                cell = new Cell(new Rune(source.CodePoint), source.Width, style);
            if (cell.Width == 2 && x + c + 1 >= right)
                cell = Cell.Space(style); // the right half would fall outside the pane
            row[x + c] = cell;
        }
        if (count < width)
            row.Slice(x + count, width - count).Fill(Cell.Blank);
        if (count > 0 && row[x].IsContinuation)
            row[x] = Cell.Space(row[x].Style);
        Decorate(buffer, x, y, count, absolute, theme, selection, currentMatch);
    }

    private void Decorate(Buffer buffer, int x, int y, int count, long absolute, AppTheme theme, Selection selection, (int Start, int End)? currentMatch)
    {
        BuildText(count);
        if (_length > 0)
        {
            var text = _text.AsSpan(0, _length);
            if (text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase) || text.Contains("mailto:", StringComparison.OrdinalIgnoreCase))
                FindUrls(buffer, x, y, theme.Url);
            if (_search.Length > 0)
                HighlightMatches(buffer, x, y, theme.Search);
        }
        if (currentMatch is { } m)
            Overlay(buffer, x + m.Start, y, Math.Min(m.End, count - 1) - m.Start + 1, theme.Search.Add(TextAttributes.Underline));
        if (selection.ColumnsOn(absolute, count, out var from, out var to))
            Overlay(buffer, x + from, y, Math.Min(to, count) - from, theme.Selection);
    }

    // The line as text with the column of every char, for finding addresses and search text.
    private void BuildText(int count)
    {
        _length = 0;
        for (var c = 0; c < count; c++)
        {
            ref readonly var cell = ref _cells[c];
            if (cell.Width == 0)
                continue;
            if (cell.Cluster is { } cluster)
            {
                foreach (var ch in cluster)
                    Append(ch, c);
            }
            else if (cell.CodePoint == 0)
                Append(' ', c);
            else if (cell.CodePoint < 0x10000)
                Append((char)cell.CodePoint, c);
            else
            {
                var s = char.ConvertFromUtf32(cell.CodePoint);
                Append(s[0], c);
                Append(s[1], c);
            }
        }
    }

    private void Append(char ch, int column)
    {
        if (_length == _text.Length)
        {
            Array.Resize(ref _text, _text.Length * 2);
            Array.Resize(ref _columnOf, _columnOf.Length * 2);
        }
        _text[_length] = ch;
        _columnOf[_length] = column;
        _length++;
    }

    private void FindUrls(Buffer buffer, int x, int y, Style style)
    {
        var text = _text.AsSpan(0, _length);
        var from = 0;
        while (from < text.Length)
        {
            var found = false;
            var start = 0;
            var length = 0;
            UrlFinder.Find(text[from..], (s, l) =>
            {
                if (found)
                    return;
                found = true;
                start = s;
                length = l;
            });
            if (!found)
                return;
            start += from;
            MarkChars(buffer, x, y, start, length, style);
            from = start + length;
        }
    }

    private void HighlightMatches(Buffer buffer, int x, int y, Style style)
    {
        var text = _text.AsSpan(0, _length);
        var from = 0;
        while (from < text.Length)
        {
            var at = text[from..].IndexOf(_search, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
                return;
            MarkChars(buffer, x, y, from + at, _search.Length, style);
            from += at + Math.Max(1, _search.Length);
        }
    }

    private void MarkChars(Buffer buffer, int x, int y, int start, int length, Style style)
    {
        if (length <= 0 || start >= _length)
            return;
        var first = _columnOf[start];
        var last = _columnOf[Math.Min(_length - 1, start + length - 1)];
        Overlay(buffer, x + first, y, last - first + 1, style);
    }

    /// <summary>
    /// Lays <paramref name="overlay"/> over cells: its colours where it has them, its attributes added
    /// (reverse toggles, so a reverse selection over reverse text still shows).
    /// </summary>
    public static void Overlay(Buffer buffer, int x, int y, int width, Style overlay)
    {
        if (width <= 0)
            return;
        var row = buffer.Row(y);
        var end = Math.Min(row.Length, x + width);
        for (var i = Math.Max(0, x); i < end; i++)
            row[i] = row[i].WithStyle(Merge(row[i].Style, overlay));
    }

    public static Style Merge(Style under, Style over)
    {
        var fg = over.Foreground.IsDefault ? under.Foreground : over.Foreground;
        var bg = over.Background.IsDefault ? under.Background : over.Background;
        var attributes = (under.Attributes | (over.Attributes & ~TextAttributes.Reverse)) ^ (over.Attributes & TextAttributes.Reverse);
        return new Style(fg, bg, attributes);
    }
}
