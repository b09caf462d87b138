using System.Runtime.CompilerServices;
using TelnetTui.Terminal.Model;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Terminal.Emulation;

/// <summary>
/// Puts printable text on the screen: auto-wrap with the DEC pending-wrap flag (or ANSI.SYS's
/// immediate wrap), wide characters, combining marks joined into grapheme clusters, insert mode,
/// character-set translation, and REP. Runs of one-column characters are written in bulk.
/// </summary>
internal sealed class GlyphWriter
{
    /// <summary>UTF-16 units kept per cell; further combining marks are dropped (hostile input cannot grow a cell).</summary>
    public const int MaxClusterLength = 32;

    private const int ZeroWidthJoiner = 0x200D;

    private readonly Screen _screen;
    private readonly Pen _pen;
    private readonly CharsetState _charsets;
    private readonly ScreenEditor _editor;

    // The last graphic character written, for REP (ECMA-48 §8.3.103).
    private int _lastCodePoint;
    private string? _lastCluster;
    private int _lastWidth = 1;

    public GlyphWriter(Screen screen, Pen pen, CharsetState charsets, ScreenEditor editor)
    {
        _screen = screen;
        _pen = pen;
        _charsets = charsets;
        _editor = editor;
    }

    public void ForgetLast()
    {
        _lastCodePoint = 0;
        _lastCluster = null;
        _lastWidth = 1;
    }

    /// <summary>Writes a run of BMP characters with no controls in it.</summary>
    public void Print(ReadOnlySpan<char> text)
    {
        if (TextScan.CanWriteRuns && TryPrintOnRow(text))
            return;
        PrintRuns(text);
    }

    /// <summary>
    /// The common case in one straight pass: one-column text (a word, a space between colour changes) that fits
    /// on the cursor's row, with nothing pending and no mode in the way. False, having written nothing, otherwise.
    /// </summary>
    private bool TryPrintOnRow(ReadOnlySpan<char> text)
    {
        var s = _screen;
        if (s.PendingWrap | s.InsertMode | !_charsets.IsIdentity | text.IsEmpty)
            return false;
        var row = s.Grid[s.CursorRow];
        var columns = row.Columns;
        var col = s.CursorCol;
        if (row.MayHoldWide || text.Length > columns - col)
            return false;
        var written = TextScan.WriteNarrowRun(row.Edit(col, text.Length), text, _pen.BitsFor(row));
        if (written < text.Length)
        {
            // A wide or zero-width character: the cells written so far stand, the rest takes the general path.
            if (written > 0)
            {
                s.VersionCounter++;
                NoteNarrow(text[written - 1]);
                Advance(col + written, columns);
            }
            PrintRuns(text[written..]);
            return true;
        }
        s.VersionCounter++;
        NoteNarrow(text[^1]);
        Advance(col + written, columns);
        return true;
    }

    /// <summary>Remembers a one-column character as the last one written, for REP.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NoteNarrow(char c)
    {
        _lastCodePoint = c;
        _lastCluster = null;
        _lastWidth = 1;
    }

    /// <summary>The general loop: runs written in bulk where possible, one character at a time where not.</summary>
    private void PrintRuns(ReadOnlySpan<char> text)
    {
        var s = _screen;
        s.VersionCounter++;
        while (!text.IsEmpty)
        {
            // Translated, inserted, wide and zero-width characters take the general path (a combining mark
            // must meet a pending wrap before it is acted on, so this comes first).
            if (!_charsets.IsIdentity || s.InsertMode || !CharWidth.IsNarrow(text[0]))
            {
                PrintCodePoint(text[0]);
                text = text[1..];
                continue;
            }
            if (s.PendingWrap)
            {
                if (s.AutoWrap)
                    Wrap();
                else
                    s.PendingWrap = false;
            }
            var row = s.Grid[s.CursorRow];
            var col = s.CursorCol;
            var columns = row.Columns;
            var n = Math.Min(columns - col, text.Length);
            if (!row.MayHoldWide && TextScan.CanWriteRuns)
            {
                // Scan and write in one pass: nothing on this row needs fixing up around the run.
                var written = TextScan.WriteNarrowRun(row.Edit(col, n), text, _pen.BitsFor(row));
                if (written > 0)
                {
                    NoteNarrow(text[written - 1]);
                    text = text[written..];
                    Advance(col + written, columns);
                    continue;
                }
                PrintCodePoint(text[0]);
                text = text[1..];
                continue;
            }
            var k = WriteCheckingWide(row, col, text[..n]);
            if (k == 0)
            {
                PrintCodePoint(text[0]);
                text = text[1..];
                continue;
            }
            text = text[k..];
            Advance(col + k, columns);
        }
    }

    /// <summary>
    /// Writes the leading run of one-column characters at <paramref name="col"/>, where a wide character may
    /// be cut in half (its other half is blanked); returns the run's length (0: the first needs the general path).
    /// </summary>
    private int WriteCheckingWide(Row row, int col, ReadOnlySpan<char> text)
    {
        var k = TextScan.NarrowRunLength(text, text.Length);
        if (k == 0)
            return 0;
        var cells = row.Edit();
        var columns = cells.Length;
        var span = cells.AsSpan(col, k);
        if (col > 0 && PackedCell.IsSpacer(span[0]))
            cells[col - 1] = PackedCell.StyleBits(cells[col - 1]);
        if (col + k < columns && PackedCell.IsWide(span[k - 1]))
            cells[col + k] = PackedCell.StyleBits(cells[col + k]);
        var chars = text[..k];
        TextScan.FillCells(span, chars, _pen.BitsFor(row));
        NoteNarrow(chars[k - 1]);
        return k;
    }

    /// <summary>Writes one character (any plane): the general path for wide, zero-width and translated characters.</summary>
    public void PrintCodePoint(int cp)
    {
        var s = _screen;
        s.VersionCounter++;
        if (!_charsets.IsIdentity && cp >= 0x20 && cp < 0x7F)
            cp = _charsets.Translate(cp);
        var width = CharWidth.Of(cp);
        if (width == 0 || JoinsPrevious(cp))
        {
            Attach(cp);
            return;
        }
        if (s.PendingWrap)
        {
            if (s.AutoWrap)
                Wrap();
            else
                s.PendingWrap = false;
        }
        var columns = s.Columns;
        if (width == 2 && s.CursorCol == columns - 1)
        {
            // No room for both halves: wrap first (xterm), or drop it when auto-wrap is off.
            if (!s.AutoWrap || columns < 2)
                return;
            Wrap();
        }
        var row = s.Grid[s.CursorRow];
        var col = s.CursorCol;
        if (s.InsertMode)
            s.Grid.InsertCells(s.CursorRow, col, width, _pen.Blank);
        WriteCell(row, col, (uint)cp, width, null);
        _lastCodePoint = cp;
        _lastCluster = null;
        _lastWidth = width;
        Advance(col + width, columns);
    }

    /// <summary>REP: the last graphic character again, at most as many times as fit on the rest of the line.</summary>
    public void Repeat(int count)
    {
        var s = _screen;
        if (_lastCodePoint == 0 || s.PendingWrap)
            return;
        var fit = (s.Columns - s.CursorCol) / _lastWidth;
        count = Math.Min(count, fit);
        if (count <= 0)
            return;
        if (_lastCluster is null && _lastCodePoint < 0x10000 && _lastWidth == 1 && _charsets.IsIdentity && !s.InsertMode)
        {
            Span<char> run = stackalloc char[count];
            run.Fill((char)_lastCodePoint);
            Print(run);
            return;
        }
        // Count was clamped to the room left, so only the last copy can reach the margin.
        var row = s.Grid[s.CursorRow];
        var columns = s.Columns;
        for (var i = 0; i < count; i++)
        {
            var col = s.CursorCol;
            if (s.InsertMode)
                s.Grid.InsertCells(s.CursorRow, col, _lastWidth, _pen.Blank);
            WriteCell(row, col, (uint)_lastCodePoint, _lastWidth, _lastCluster);
            Advance(col + _lastWidth, columns);
        }
        s.VersionCounter++;
    }

    private void Advance(int col, int columns)
    {
        var s = _screen;
        if (col < columns)
        {
            s.CursorCol = col;
            return;
        }
        s.CursorCol = columns - 1;
        if (!s.AutoWrap)
            return;
        if (s.AnsiBbs)
            Wrap(); // ANSI.SYS: a character in the last column moves the cursor to the next line at once
        else
            s.PendingWrap = true;
    }

    private void Wrap()
    {
        var s = _screen;
        s.Grid[s.CursorRow].IsWrapped = true;
        _editor.Index();
        s.CursorCol = 0;
        s.PendingWrap = false;
    }

    private void WriteCell(Row row, int col, uint codePoint, int width, string? cluster)
    {
        var cells = row.Edit();
        var columns = cells.Length;
        if (col > 0 && PackedCell.IsSpacer(cells[col]))
            cells[col - 1] = PackedCell.StyleBits(cells[col - 1]);
        var last = col + width - 1;
        if (last + 1 < columns && PackedCell.IsWide(cells[last]))
            cells[last + 1] = PackedCell.StyleBits(cells[last + 1]);
        var style = _pen.BitsFor(row);
        var content = cluster is null ? codePoint : row.ClusterBits(cluster);
        if (width == 2)
        {
            row.MayHoldWide = true;
            cells[col] = style | PackedCell.WideFlag | content;
            cells[col + 1] = style | PackedCell.SpacerFlag;
        }
        else
            cells[col] = style | content;
    }

    /// <summary>Emoji sequences that form one grapheme (UAX #29 GB11–GB13, emoji modifiers) join the previous cell.</summary>
    private bool JoinsPrevious(int cp)
    {
        var isRegional = cp >= 0x1F1E6 && cp <= 0x1F1FF;
        var isModifier = cp >= 0x1F3FB && cp <= 0x1F3FF;
        if (!isRegional && !isModifier && _lastCluster is null)
            return false;
        if (!TryFindPrevious(out var row, out var col))
            return false;
        var cell = row.Cells[col];
        var text = CellText(row, cell);
        if (text is null)
            return false;
        if (isModifier)
            return PackedCell.IsWide(cell);
        if (isRegional)
        {
            // A flag is exactly two regional indicators.
            return text.Length == 2 && char.IsSurrogatePair(text, 0) && char.ConvertToUtf32(text, 0) is >= 0x1F1E6 and <= 0x1F1FF;
        }
        return text.Length > 0 && text[^1] == (char)ZeroWidthJoiner;
    }

    /// <summary>Adds a combining character to the cell before the cursor (or under it, when a wrap is pending).</summary>
    private void Attach(int cp)
    {
        if (!TryFindPrevious(out var row, out var col))
            return; // nothing to combine with: dropped
        var cell = row.Cells[col];
        var text = CellText(row, cell);
        if (string.IsNullOrEmpty(text))
            return;
        var added = char.ConvertFromUtf32(cp);
        if (text.Length + added.Length > MaxClusterLength)
            return;
        var cluster = text + added;
        var width = PackedCell.Width(cell);
        var bits = row.ClusterBits(cluster);
        row.Edit()[col] = (cell & ~(PackedCell.CodePointMask | PackedCell.ClusterFlag)) | bits;
        _lastCluster = cluster;
        _lastCodePoint = char.ConvertToUtf32(cluster, 0);
        _lastWidth = Math.Max(1, width);
    }

    private bool TryFindPrevious(out Row row, out int col)
    {
        var s = _screen;
        row = s.Grid[s.CursorRow];
        col = s.PendingWrap ? s.CursorCol : s.CursorCol - 1;
        if (col >= 0 && PackedCell.IsSpacer(row.Cells[col]))
            col--;
        return col >= 0;
    }

    private static string? CellText(Row row, ulong cell)
    {
        if (PackedCell.IsCluster(cell))
        {
            var index = PackedCell.CodePoint(cell);
            var clusters = row.Extras?.Clusters;
            return clusters is not null && index < clusters.Count ? clusters[index] : null;
        }
        var cp = PackedCell.CodePoint(cell);
        return cp == 0 ? null : char.ConvertFromUtf32(cp);
    }
}
