namespace TelnetTui.Tui.Rendering;

/// <summary>
/// Turns the difference between two frames into the fewest bytes for the user's terminal (xterm ctlseqs,
/// ECMA-48). It remembers what the terminal holds — pen (SGR state), cursor position, cursor visibility
/// and shape — so that it moves the cursor only when the next changed cell is not where the cursor
/// already is (picking the shortest of CUP, CUF/CUB/CUU/CUD, CHA, CR/LF or rewriting a short unchanged gap),
/// sends one SGR only when the style changes (a delta or a reset, whichever is shorter, colours mapped to
/// <see cref="ColorDepth"/>), wraps the frame in synchronized output (DEC mode 2026) when the terminal
/// supports it (frames above <see cref="SmallFrameBytes"/>), and sets cursor shape and position last.
/// </summary>
public sealed class FrameEncoder
{
    /// <summary>Gaps longer than this are never rewritten: a cursor move is shorter from here on.</summary>
    private const int MaxGapRewrite = 5;

    /// <summary>
    /// Frames whose drawing takes at most this many bytes are sent without synchronized-output brackets or
    /// cursor hiding: they reach the terminal in one write and cannot be seen half-drawn.
    /// </summary>
    public const int SmallFrameBytes = 128;

    private readonly List<DiffRun> _runs = [];
    private readonly ByteBuilder _body = new(64 * 1024);
    private Style _pen;
    private bool _penKnown;
    private int _cursorX = -1; // -1: unknown (start, or pending wrap after the last column)
    private int _cursorY = -1;
    private bool? _cursorShown;
    private CursorShape? _shape;
    private int _width;

    public ColorDepth ColorDepth { get; set; } = ColorDepth.TrueColor;

    /// <summary>Wrap frames in CSI ? 2026 h / l (set once the terminal answered DECRQM for mode 2026).</summary>
    public bool SynchronizedOutput { get; set; }

    /// <summary>Changed runs of the last frame (for tests and diagnostics).</summary>
    public IReadOnlyList<DiffRun> LastRuns => _runs;

    /// <summary>Appends what turns the screen showing <paramref name="previous"/> into <paramref name="current"/>.</summary>
    public void Encode(Buffer previous, Buffer current, CursorState cursor, ByteBuilder output)
    {
        if (previous.Width != current.Width || previous.Height != current.Height)
        {
            EncodeFull(current, cursor, output);
            return;
        }
        _runs.Clear();
        BufferDiff.Compute(previous, current, _runs);
        WriteFrame(current, cursor, output, clear: false);
    }

    /// <summary>Clears the screen and draws <paramref name="current"/> (first frame, after a resize or resume).</summary>
    public void EncodeFull(Buffer current, CursorState cursor, ByteBuilder output)
    {
        _runs.Clear();
        BufferDiff.ComputeAgainstBlank(current, _runs);
        WriteFrame(current, cursor, output, clear: true);
    }

    /// <summary>Forgets what the terminal holds (after something else wrote to it, e.g. a suspend).</summary>
    public void Invalidate()
    {
        _penKnown = false;
        _cursorX = _cursorY = -1;
        _cursorShown = null;
        _shape = null;
    }

    private void WriteFrame(Buffer buffer, CursorState cursor, ByteBuilder o, bool clear)
    {
        _width = buffer.Width;
        _body.Clear();
        var cursorWasShown = _cursorShown;
        if (clear)
        {
            if (!_penKnown || !_pen.IsDefault)
                _body.Append("\e[m"u8); // ED erases with the current background: reset it first
            _pen = default;
            _penKnown = true;
            _body.Append("\e[H\e[2J"u8);
            _cursorX = 0;
            _cursorY = 0;
        }
        var cells = buffer.Cells;
        foreach (var run in _runs)
        {
            var row = cells.Slice(run.Y * _width, _width);
            MoveTo(run.X, run.Y, row, _body);
            for (var x = run.X; x < run.End; x++)
            {
                if (!row[x].IsContinuation)
                    WriteCell(row[x], _body);
            }
        }
        // A small frame goes out in one short write that terminals apply before they paint; a big one may be
        // painted half-done, so it is wrapped in synchronized output or drawn with the cursor hidden.
        var big = clear || _body.Length > SmallFrameBytes;
        var synchronized = big && SynchronizedOutput;
        if (synchronized)
            o.Append("\e[?2026h"u8);
        else if (big && cursorWasShown != false)
        {
            o.Append("\e[?25l"u8);
            _cursorShown = false;
        }
        o.Append(_body.WrittenSpan);
        WriteCursor(buffer, cursor, o);
        if (synchronized)
            o.Append("\e[?2026l"u8);
    }

    private void WriteCursor(Buffer buffer, CursorState cursor, ByteBuilder o)
    {
        if (cursor.Visible && buffer.Width > 0 && buffer.Height > 0)
        {
            if (_shape != cursor.Shape)
            {
                o.Append("\e["u8);
                o.AppendNumber((int)cursor.Shape);
                o.Append(" q"u8);
                _shape = cursor.Shape;
            }
            var x = Math.Clamp(cursor.X, 0, buffer.Width - 1);
            var y = Math.Clamp(cursor.Y, 0, buffer.Height - 1);
            MoveTo(x, y, buffer.Cells.Slice(y * buffer.Width, buffer.Width), o);
            if (_cursorShown != true)
            {
                o.Append("\e[?25h"u8);
                _cursorShown = true;
            }
        }
        else if (_cursorShown != false)
        {
            o.Append("\e[?25l"u8);
            _cursorShown = false;
        }
    }

    private void WriteCell(in Cell cell, ByteBuilder o)
    {
        var style = ColorDepth == ColorDepth.TrueColor ? cell.Style : ColorMapper.Map(cell.Style, ColorDepth);
        if (!_penKnown || style != _pen)
            WriteSgr(style, o);
        var span = o.GetSpan(Text.Grapheme.MaxClusterChars * 3);
        o.Advance(cell.EncodeUtf8(span));
        _cursorX += cell.Width;
        if (_cursorX >= _width)
            _cursorX = _cursorY = -1; // pending wrap: terminals differ on where the cursor is; move absolutely next time
    }

    // ---- cursor movement ----

    private enum Move : byte { None, Cup, Horizontal, CrLf, Vertical, Rewrite }

    private void MoveTo(int x, int y, ReadOnlySpan<Cell> row, ByteBuilder o)
    {
        if (_cursorX == x && _cursorY == y)
            return;
        var best = Move.Cup;
        var bestCost = CupCost(x, y);
        if (_cursorX >= 0)
        {
            if (_cursorY == y)
            {
                var h = HorizontalCost(_cursorX, x);
                if (h < bestCost)
                {
                    best = Move.Horizontal;
                    bestCost = h;
                }
                if (x > _cursorX && x - _cursorX <= MaxGapRewrite)
                {
                    var rewrite = RewriteCost(row, _cursorX, x);
                    if (rewrite <= bestCost)
                    {
                        best = Move.Rewrite;
                        bestCost = rewrite;
                    }
                }
            }
            else
            {
                var dy = y - _cursorY;
                if (dy > 0 && x == 0 && 1 + dy < bestCost)
                {
                    best = Move.CrLf;
                    bestCost = 1 + dy;
                }
                var v = ParamCost(Math.Abs(dy)) + HorizontalCost(_cursorX, x);
                if (v < bestCost)
                {
                    best = Move.Vertical;
                    bestCost = v;
                }
            }
        }
        switch (best)
        {
            case Move.Cup:
                WriteCup(x, y, o);
                break;
            case Move.Horizontal:
                WriteHorizontal(_cursorX, x, o);
                break;
            case Move.CrLf:
                o.Append((byte)'\r');
                for (var i = _cursorY; i < y; i++)
                    o.Append((byte)'\n');
                break;
            case Move.Vertical:
                WriteParam(Math.Abs(y - _cursorY), y > _cursorY ? (byte)'B' : (byte)'A', o);
                WriteHorizontal(_cursorX, x, o);
                break;
            case Move.Rewrite:
                for (var i = _cursorX; i < x; i++)
                {
                    if (!row[i].IsContinuation)
                        o.Advance(row[i].EncodeUtf8(o.GetSpan(Text.Grapheme.MaxClusterChars * 3)));
                }
                break;
        }
        _cursorX = x;
        _cursorY = y;
    }

    /// <summary>Bytes to rewrite the unchanged cells [from, to) in place, or int.MaxValue when that would change the screen.</summary>
    private int RewriteCost(ReadOnlySpan<Cell> row, int from, int to)
    {
        if (!_penKnown || row[from].IsContinuation)
            return int.MaxValue;
        var cost = 0;
        for (var i = from; i < to; i++)
        {
            var cell = row[i];
            if (cell.IsContinuation)
                continue;
            if (cell.Width == 2 && i + 1 >= to)
                return int.MaxValue;
            var style = ColorDepth == ColorDepth.TrueColor ? cell.Style : ColorMapper.Map(cell.Style, ColorDepth);
            if (style != _pen)
                return int.MaxValue;
            cost += cell.Utf8Length;
        }
        return cost;
    }

    private static int Digits(int n) => n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : 10;

    // "CSI n X", with n omitted when it is 1.
    private static int ParamCost(int n) => n == 1 ? 3 : 3 + Digits(n);

    private static int CupCost(int x, int y)
    {
        if (x == 0)
            return y == 0 ? 3 : 3 + Digits(y + 1);
        return 4 + Digits(y + 1) + Digits(x + 1);
    }

    private static int HorizontalCost(int from, int to)
    {
        if (from == to)
            return 0;
        if (to == 0)
            return 1; // CR
        var cha = 3 + Digits(to + 1);
        var relative = ParamCost(Math.Abs(to - from));
        var crForward = 1 + ParamCost(to);
        return Math.Min(cha, Math.Min(relative, crForward));
    }

    private static void WriteHorizontal(int from, int to, ByteBuilder o)
    {
        if (from == to)
            return;
        if (to == 0)
        {
            o.Append((byte)'\r');
            return;
        }
        var cha = 3 + Digits(to + 1);
        var relative = ParamCost(Math.Abs(to - from));
        var crForward = 1 + ParamCost(to);
        if (relative <= cha && relative <= crForward)
            WriteParam(Math.Abs(to - from), to > from ? (byte)'C' : (byte)'D', o);
        else if (crForward < cha)
        {
            o.Append((byte)'\r');
            WriteParam(to, (byte)'C', o);
        }
        else
            WriteParam(to + 1, (byte)'G', o);
    }

    private static void WriteParam(int n, byte final, ByteBuilder o)
    {
        o.Append("\e["u8);
        if (n != 1)
            o.AppendNumber(n);
        o.Append(final);
    }

    private static void WriteCup(int x, int y, ByteBuilder o)
    {
        o.Append("\e["u8);
        if (x != 0 || y != 0)
            o.AppendNumber(y + 1);
        if (x != 0)
        {
            o.Append((byte)';');
            o.AppendNumber(x + 1);
        }
        o.Append((byte)'H');
    }

    // ---- SGR ----

    private void WriteSgr(Style to, ByteBuilder o)
    {
        Span<byte> reset = stackalloc byte[96];
        var resetLength = SgrParameters.Reset(to, reset);
        var useDelta = false;
        Span<byte> delta = stackalloc byte[96];
        var deltaLength = 0;
        if (_penKnown)
        {
            deltaLength = SgrParameters.Delta(_pen, to, delta);
            useDelta = deltaLength < resetLength;
        }
        o.Append("\e["u8);
        o.Append(useDelta ? delta[..deltaLength] : reset[..resetLength]);
        o.Append((byte)'m');
        _pen = to;
        _penKnown = true;
    }
}
