using System.Text;

namespace TelnetTui.Terminal.Model;

/// <summary>
/// The terminal's state and the read API the UI copies from each frame: visible rows and
/// scrollback (line numbers from -<see cref="ScrollbackCount"/> to <see cref="Rows"/>-1; negative
/// lines are scrollback, -1 the newest), cursor, title, modes, per-line flags and hyperlinks.
/// The emulator changes it; it knows nothing of bytes or sequences.
/// </summary>
public sealed partial class Screen
{
    public const int MaxColumns = 2048;
    public const int MaxRows = 2048;
    public const int MaxScrollbackLines = 1_000_000;

    internal Grid MainGrid;
    internal Grid AltGrid;
    internal Scrollback Scrollback;
    internal bool IsAlternate;

    internal int CursorRow;
    internal int CursorCol;
    /// <summary>The last column was just written: the next printable character wraps first (DEC "last column flag").</summary>
    internal bool PendingWrap;
    internal bool CursorVisible = true;
    internal CursorShape CursorShapeValue = CursorShape.Block;
    internal bool CursorBlink = true;

    internal int ScrollTop;
    internal int ScrollBottom;
    internal TabStops Tabs;

    internal bool AutoWrap = true;
    internal bool OriginMode;
    internal bool InsertMode;
    internal bool NewLineMode;
    internal bool ApplicationCursorKeys;
    internal bool ApplicationKeypad;
    internal bool ReverseVideo;
    internal bool BracketedPaste;
    internal bool FocusEvents;
    internal bool AlternateScroll;
    internal bool SynchronizedOutput;
    internal MouseTracking MouseTrackingMode;
    internal MouseEncoding MouseEncodingMode;
    internal bool IceColors;
    internal bool AnsiBbs;

    internal string TitleText = "";
    internal string IconNameText = "";
    internal long VersionCounter;

    public Screen(int columns, int rows, int scrollbackLines)
    {
        CheckSize(columns, rows);
        var pool = new RowExtrasPool();
        MainGrid = new Grid(columns, rows, pool);
        AltGrid = new Grid(columns, rows, pool);
        Scrollback = new Scrollback(Math.Clamp(scrollbackLines, 0, MaxScrollbackLines), 0, pool);
        Tabs = new TabStops(columns);
        ScrollBottom = rows - 1;
    }

    internal Grid Grid => IsAlternate ? AltGrid : MainGrid;

    public int Columns => MainGrid.Columns;
    public int Rows => MainGrid.Height;

    /// <summary>Lines held in scrollback (at most the configured limit).</summary>
    public int ScrollbackCount => Scrollback.Count;

    /// <summary>Scrollback line limit.</summary>
    public int ScrollbackLimit => Scrollback.MaxLines;

    /// <summary>Lines that ever scrolled into scrollback: grows by one per line, so a scrolled-back view can stay anchored.</summary>
    public long LinesScrolledOff => Scrollback.TotalPushed;

    public CursorState Cursor => new(CursorRow, Math.Min(CursorCol, Columns - 1), CursorVisible, CursorShapeValue, CursorBlink);

    /// <summary>Window title from OSC 0/2, with control characters removed.</summary>
    public string Title => TitleText;

    public string IconName => IconNameText;

    public bool IsAlternateScreen => IsAlternate;

    /// <summary>Changes whenever anything visible may have changed; a renderer can skip a frame when it did not.</summary>
    public long Version => VersionCounter;

    public HyperlinkTable Hyperlinks { get; } = new();

    /// <summary>The colours indexes mean: CGA in ANSI-BBS mode, xterm's otherwise.</summary>
    public Palette Palette => AnsiBbs ? Palette.Cga : Palette.Xterm;

    public TerminalModes Modes => new(
        ApplicationCursorKeys, ApplicationKeypad, MouseTrackingMode, MouseEncodingMode, FocusEvents, BracketedPaste,
        AlternateScroll, ReverseVideo, AutoWrap, OriginMode, InsertMode, NewLineMode, IsAlternate, SynchronizedOutput,
        IceColors, AnsiBbs);

    /// <summary>Cell at <paramref name="column"/> of <paramref name="line"/> (negative lines are scrollback).</summary>
    public Cell GetCell(int line, int column)
    {
        var (cells, extras, _) = GetLine(line);
        if ((uint)column >= (uint)Columns)
            throw new ArgumentOutOfRangeException(nameof(column));
        return Decode(column < cells.Length ? cells[column] : PackedCell.Empty, extras);
    }

    /// <summary>
    /// Copies a whole line into <paramref name="destination"/> (which must hold <see cref="Columns"/> cells;
    /// a shorter scrollback line is padded with empty cells). Returns the number of cells written.
    /// </summary>
    public int ReadLine(int line, Span<Cell> destination)
    {
        var (cells, extras, _) = GetLine(line);
        var n = Math.Min(destination.Length, Columns);
        var stored = Math.Min(n, cells.Length);
        for (var i = 0; i < stored; i++)
            destination[i] = Decode(cells[i], extras);
        destination[stored..n].Clear();
        return n;
    }

    /// <summary>Soft-wrap and prompt marks of a line.</summary>
    public RowFlags GetLineFlags(int line) => GetLine(line).Flags;

    /// <summary>The text of a line: empty cells as spaces, wide characters once, trailing blanks trimmed.</summary>
    public string GetLineText(int line)
    {
        var sb = new StringBuilder(Columns);
        AppendLineText(line, sb);
        return sb.ToString();
    }

    internal void AppendLineText(int line, StringBuilder sb)
    {
        var (cells, extras, _) = GetLine(line);
        var start = sb.Length;
        var lastText = start;
        foreach (var cell in cells)
        {
            if (PackedCell.IsSpacer(cell))
                continue;
            if (PackedCell.IsCluster(cell))
                sb.Append(extras?.Clusters[PackedCell.CodePoint(cell)] ?? " ");
            else
            {
                var cp = PackedCell.CodePoint(cell);
                if (cp == 0)
                {
                    sb.Append(' ');
                    continue;
                }
                if (cp < 0x10000)
                    sb.Append((char)cp);
                else
                    sb.Append(char.ConvertFromUtf32(cp));
            }
            lastText = sb.Length;
        }
        sb.Length = lastText;
    }

    /// <summary>
    /// Finds <paramref name="text"/> in scrollback and on screen, newest first by default (case-insensitive
    /// unless told otherwise). Soft-wrapped lines are searched as one line. Enumerate lazily to stop at the first hit.
    /// </summary>
    public IEnumerable<SearchMatch> Search(string text, StringComparison comparison = StringComparison.OrdinalIgnoreCase, bool newestFirst = true) =>
        TextSearch.Find(this, text, comparison, newestFirst);

    /// <summary>Changes how many scrollback lines are kept (a setting); the oldest go when it shrinks.</summary>
    public void SetScrollbackLimit(int lines)
    {
        Scrollback.SetMaxLines(Math.Clamp(lines, 0, MaxScrollbackLines));
        VersionCounter++;
    }

    /// <summary>Forgets all scrollback (the user's "clear scrollback" command).</summary>
    public void ClearScrollback()
    {
        Scrollback.Clear();
        VersionCounter++;
    }

    /// <summary>Marks the cursor's line as a prompt (the session calls this when a telnet GA or EOR ends a prompt).</summary>
    public void MarkPrompt()
    {
        var row = Grid[Math.Clamp(CursorRow, 0, Rows - 1)];
        row.Flags |= RowFlags.PromptMark;
        VersionCounter++;
    }

    internal LineRef GetLine(int line)
    {
        if (line >= 0)
        {
            if (line >= Rows)
                throw new ArgumentOutOfRangeException(nameof(line), $"line {line} is past the last row ({Rows - 1})");
            var row = Grid[line];
            return new LineRef(row.Cells, row.Extras, row.Flags);
        }
        var index = Scrollback.Count + line;
        if (index < 0)
            throw new ArgumentOutOfRangeException(nameof(line), $"line {line} is before the oldest scrollback line (-{Scrollback.Count})");
        return new LineRef(Scrollback.Cells(index), Scrollback.Extras(index), Scrollback.Flags(index));
    }

    internal static Cell Decode(ulong packed, RowExtras? extras)
    {
        var width = PackedCell.Width(packed);
        Style style;
        if (PackedCell.IsExtended(packed))
        {
            var index = PackedCell.ExtendedIndex(packed);
            style = extras is not null && index < extras.Styles.Count ? extras.Styles[index] : Style.Plain;
        }
        else
            style = PackedCell.InlineStyle(packed);
        if (!PackedCell.IsCluster(packed))
            return new Cell(PackedCell.CodePoint(packed), null, width, style);
        var ci = PackedCell.CodePoint(packed);
        var cluster = extras is not null && ci < extras.Clusters.Count ? extras.Clusters[ci] : "\uFFFD";
        return new Cell(char.ConvertToUtf32(cluster, 0), cluster, width, style);
    }

    internal static void CheckSize(int columns, int rows)
    {
        if (columns < 1 || columns > MaxColumns)
            throw new ArgumentOutOfRangeException(nameof(columns), $"columns must be 1..{MaxColumns}, not {columns}");
        if (rows < 1 || rows > MaxRows)
            throw new ArgumentOutOfRangeException(nameof(rows), $"rows must be 1..{MaxRows}, not {rows}");
    }
}
