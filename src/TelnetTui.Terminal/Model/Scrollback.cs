namespace TelnetTui.Terminal.Model;

/// <summary>
/// Lines scrolled off the top of the main screen, oldest first, up to a line limit. Cells are packed
/// (8 bytes each), trailing blanks trimmed, and stored back to back in fixed pages that are recycled
/// when the oldest lines fall out, so steady-state scrolling allocates nothing. Each line costs
/// 16 bytes of index besides its cells; rare data (clusters, RGB styles) sits in a side table by line.
/// </summary>
internal sealed class Scrollback
{
    /// <summary>Cells per page (64 KiB of cells, under the large-object-heap threshold).</summary>
    public const int PageCells = 8192;

    private readonly record struct Entry(long Position, int Length, RowFlags Flags);

    private Entry[] _lines = new Entry[64];
    private int _head;
    private int _count;
    private readonly List<ulong[]> _pages = [];   // pages in use; _pages[0] holds cell position _firstPage * PageCells
    private long _firstPage;
    private readonly Stack<ulong[]> _freePages = new();
    private long _nextPosition;
    private readonly Dictionary<long, RowExtras> _extras = [];

    /// <param name="maxLines">Most lines kept.</param>
    /// <param name="firstSerial">Serial number of the first line pushed (a re-wrapped scrollback continues its predecessor's count).</param>
    public Scrollback(int maxLines, long firstSerial = 0)
    {
        MaxLines = maxLines;
        TotalPushed = firstSerial;
    }

    /// <summary>Most lines kept; pushing more drops the oldest.</summary>
    public int MaxLines { get; private set; }

    public int Count => _count;

    /// <summary>Lines ever pushed (a serial number for the newest line: it stays put while old lines fall out).</summary>
    public long TotalPushed { get; private set; }

    public void SetMaxLines(int maxLines)
    {
        MaxLines = Math.Max(0, maxLines);
        while (_count > MaxLines)
            DropOldest();
    }

    public void Push(ReadOnlySpan<ulong> row, RowExtras? extras, RowFlags flags)
    {
        if (MaxLines == 0)
            return;
        if (_count == MaxLines)
            DropOldest();
        var length = Row.ContentLengthOf(row);
        var position = Reserve(length);
        row[..length].CopyTo(CellsAt(position, length));
        if (_count == _lines.Length)
            Grow();
        _lines[(_head + _count) % _lines.Length] = new Entry(position, length, flags);
        _count++;
        if (extras is not null && !extras.IsEmpty)
            _extras[TotalPushed] = extras;
        TotalPushed++;
    }

    /// <summary>Cells of line <paramref name="index"/> (0 = oldest), trimmed of trailing blanks.</summary>
    public ReadOnlySpan<ulong> Cells(int index)
    {
        var e = Get(index);
        return CellsAt(e.Position, e.Length);
    }

    public RowFlags Flags(int index) => Get(index).Flags;

    public RowExtras? Extras(int index) => _extras.GetValueOrDefault(SerialOf(index));

    public void SetFlags(int index, RowFlags flags)
    {
        ref var slot = ref _lines[(_head + index) % _lines.Length];
        slot = slot with { Flags = flags };
    }

    /// <summary>Removes and returns the newest line (a taller screen takes lines back from scrollback).</summary>
    public (ulong[] Cells, RowExtras? Extras, RowFlags Flags) PopNewest()
    {
        var index = _count - 1;
        var e = Get(index);
        var cells = CellsAt(e.Position, e.Length).ToArray();
        var serial = SerialOf(index);
        _extras.Remove(serial, out var extras);
        _count--;
        TotalPushed--;
        _nextPosition = e.Position;
        // A last page that no longer holds any cell goes back to the pool.
        while (_pages.Count > 0 && (_firstPage + _pages.Count - 1) * PageCells >= _nextPosition)
            Recycle(_pages.Count - 1);
        return (cells, extras, e.Flags);
    }

    public void Clear()
    {
        _count = 0;
        _head = 0;
        _extras.Clear();
        for (var i = _pages.Count - 1; i >= 0; i--)
            Recycle(i);
    }

    /// <summary>Memory held by cells, pages and the line index, in bytes (side tables not included).</summary>
    public long AllocatedBytes => (long)(_pages.Count + _freePages.Count) * PageCells * sizeof(ulong) + (long)_lines.Length * 16;

    private Entry Get(int index)
    {
        if ((uint)index >= (uint)_count)
            throw new ArgumentOutOfRangeException(nameof(index));
        return _lines[(_head + index) % _lines.Length];
    }

    private long SerialOf(int index) => TotalPushed - _count + index;

    private Span<ulong> CellsAt(long position, int length)
    {
        if (length == 0)
            return [];
        var page = _pages[(int)(position / PageCells - _firstPage)];
        return page.AsSpan((int)(position % PageCells), length);
    }

    private long Reserve(int length)
    {
        if (length == 0)
            return _nextPosition; // an empty line needs no cells
        if (length > PageCells)
            throw new InvalidOperationException($"a line of {length} cells exceeds the scrollback page size");
        var end = (_firstPage + _pages.Count) * PageCells;
        if (_pages.Count == 0 || _nextPosition + length > end)
        {
            // Start the next page; the tail of the current one stays unused (under one line's worth).
            var pageNumber = _pages.Count == 0 ? (_nextPosition + PageCells - 1) / PageCells : _firstPage + _pages.Count;
            if (_pages.Count == 0)
                _firstPage = pageNumber;
            _pages.Add(_freePages.Count > 0 ? _freePages.Pop() : new ulong[PageCells]);
            _nextPosition = pageNumber * PageCells;
        }
        var position = _nextPosition;
        _nextPosition += length;
        return position;
    }

    /// <summary>Forgets the oldest line (its page is recycled once no line uses it).</summary>
    public void DropOldest()
    {
        var serial = SerialOf(0);
        _extras.Remove(serial);
        _head = (_head + 1) % _lines.Length;
        _count--;
        // Pages wholly before the new oldest line are free again.
        var keepFrom = _count > 0 ? Get(0).Position / PageCells : _nextPosition / PageCells;
        while (_pages.Count > 0 && _firstPage < keepFrom)
        {
            Recycle(0);
            _firstPage++;
        }
    }

    private void Recycle(int pageIndex)
    {
        var page = _pages[pageIndex];
        _pages.RemoveAt(pageIndex);
        if (_freePages.Count < 2)
            _freePages.Push(page);
    }

    private void Grow()
    {
        var bigger = new Entry[Math.Min(Math.Max(_lines.Length * 2, 64), Math.Max(MaxLines, 64))];
        for (var i = 0; i < _count; i++)
            bigger[i] = _lines[(_head + i) % _lines.Length];
        _lines = bigger;
        _head = 0;
    }
}
