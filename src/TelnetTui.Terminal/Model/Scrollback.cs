using System.Runtime.InteropServices;

namespace TelnetTui.Terminal.Model;

/// <summary>
/// Lines scrolled off the top of the main screen, oldest first, up to a line limit. Lines are trimmed
/// of trailing blanks and stored back to back in 64 KiB pages that are recycled when the oldest lines
/// fall out, so steady-state scrolling allocates nothing. A line is kept in the smaller of two forms
/// (<see cref="ScrollbackLineCodec"/>): 4 bytes of text per cell plus one entry per run of equal style
/// (plain text: about 4 bytes per cell), or the 8-byte packed cells (never more). Each line costs
/// 12 bytes of index; rare data (clusters, RGB styles) sits in a side table by line.
/// </summary>
internal sealed class Scrollback
{
    /// <summary>32-bit units per page (64 KiB, under the large-object-heap threshold).</summary>
    public const int PageUnits = 16384;

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Entry(int Page, ushort Offset, ushort Units, RowFlags Flags, bool HasExtras);

    private Entry[] _lines = new Entry[64];
    private int _head;
    private int _count;
    private readonly List<uint[]> _pages = [];   // _pages[0] is page number _firstPage
    private int _firstPage;
    private int _nextPage;                       // page number being filled
    private int _nextOffset = PageUnits;         // next free unit in it (PageUnits: start a new page)
    private readonly Stack<uint[]> _freePages = new();
    // Side tables by ring slot, beside _lines; allocated when the first line with one arrives.
    private RowExtras?[]? _extras;
    private ulong[] _scratch = new ulong[256];

    /// <param name="maxLines">Most lines kept.</param>
    /// <param name="firstSerial">Serial number of the first line pushed (a re-wrapped scrollback continues its predecessor's count).</param>
    private readonly RowExtrasPool? _pool;

    public Scrollback(int maxLines, long firstSerial = 0, RowExtrasPool? pool = null)
    {
        _pool = pool;
        MaxLines = maxLines;
        TotalPushed = firstSerial;
        _firstPage = 0;
        _nextPage = -1;
    }

    /// <summary>Most lines kept; pushing more drops the oldest.</summary>
    public int MaxLines { get; private set; }

    internal RowExtrasPool? ExtrasPool => _pool;

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
        // Encode straight into the page: reserve the most it can take, then give back the rest.
        var most = length == 0 ? 0 : ScrollbackLineCodec.MaxUnits(length);
        var (page, offset) = Reserve(most);
        var units = most == 0 ? 0 : ScrollbackLineCodec.Encode(row[..length], PageOf(page).AsSpan(offset, most));
        _nextOffset -= most - units;
        if (_count == _lines.Length)
            Grow();
        var hasExtras = extras is not null && !extras.IsEmpty;
        var slot = Slot(_count);
        _lines[slot] = new Entry(page, (ushort)offset, (ushort)units, flags, hasExtras);
        _count++;
        if (hasExtras)
        {
            _extras ??= new RowExtras?[_lines.Length];
            _extras[slot] = extras;
        }
        else
            _pool?.Return(extras);
        TotalPushed++;
    }

    /// <summary>
    /// Cells of line <paramref name="index"/> (0 = oldest), trimmed of trailing blanks. The span may point into
    /// a buffer reused by the next call: read it before asking for another line.
    /// </summary>
    public ReadOnlySpan<ulong> Cells(int index)
    {
        var e = Get(index);
        if (e.Units == 0)
            return [];
        var units = PageOf(e.Page).AsSpan(e.Offset, e.Units);
        return ScrollbackLineCodec.Decode(units, ref _scratch);
    }

    public RowFlags Flags(int index) => Get(index).Flags;

    public RowExtras? Extras(int index) => Get(index).HasExtras ? _extras![Slot(index)] : null;

    public void SetFlags(int index, RowFlags flags)
    {
        ref var slot = ref _lines[Slot(index)];
        slot = slot with { Flags = flags };
    }

    /// <summary>Removes and returns the newest line (a taller screen takes lines back from scrollback).</summary>
    public (ulong[] Cells, RowExtras? Extras, RowFlags Flags) PopNewest()
    {
        var index = _count - 1;
        var e = Get(index);
        var cells = Cells(index).ToArray();
        RowExtras? extras = null;
        if (e.HasExtras)
        {
            var slot = Slot(index);
            extras = _extras![slot];
            _extras[slot] = null;
        }
        _count--;
        TotalPushed--;
        if (e.Units > 0)
        {
            // The popped line was the last one written: its space is free again.
            while (_pages.Count > 0 && _firstPage + _pages.Count - 1 > e.Page)
                RecycleLast();
            _nextPage = e.Page;
            _nextOffset = e.Offset;
        }
        return (cells, extras, e.Flags);
    }

    public void Clear()
    {
        _count = 0;
        _head = 0;
        if (_extras is not null)
        {
            foreach (var extras in _extras)
                _pool?.Return(extras);
            Array.Clear(_extras);
        }
        while (_pages.Count > 0)
            RecycleLast();
        _nextOffset = PageUnits;
    }

    /// <summary>Forgets the oldest line (its page is recycled once no line uses it).</summary>
    public void DropOldest()
    {
        if (_lines[_head].HasExtras && _extras is not null)
        {
            _pool?.Return(_extras[_head]);
            _extras[_head] = null;
        }
        _head = Slot(1);
        _count--;
        // Pages before the one holding the new oldest stored line are free again.
        var keepFrom = _nextPage;
        for (var i = 0; i < _count; i++)
        {
            var e = _lines[Slot(i)];
            if (e.Units > 0)
            {
                keepFrom = e.Page;
                break;
            }
            if (i > 64)
                return; // a long run of empty lines: look again on a later drop
        }
        while (_pages.Count > 0 && _firstPage < keepFrom)
        {
            var page = _pages[0];
            _pages.RemoveAt(0);
            _firstPage++;
            Pool(page);
        }
    }

    /// <summary>Ring slot of line <paramref name="index"/> (no division: this runs for every line).</summary>
    private int Slot(int index)
    {
        var slot = _head + index;
        return slot >= _lines.Length ? slot - _lines.Length : slot;
    }

    private Entry Get(int index)
    {
        if ((uint)index >= (uint)_count)
            throw new ArgumentOutOfRangeException(nameof(index));
        return _lines[Slot(index)];
    }

    private uint[] PageOf(int page) => _pages[page - _firstPage];

    private (int Page, int Offset) Reserve(int units)
    {
        if (units == 0)
            return (Math.Max(_nextPage, _firstPage), 0);
        if (units > PageUnits)
            throw new InvalidOperationException($"a line of {units} units exceeds the scrollback page size");
        if (_nextPage < 0 || _nextOffset + units > PageUnits)
        {
            // Start the next page; the tail of the current one stays unused (under one line's worth).
            if (_pages.Count == 0)
                _firstPage = _nextPage = Math.Max(_nextPage + 1, 0);
            else
                _nextPage = _firstPage + _pages.Count;
            _pages.Add(_freePages.Count > 0 ? _freePages.Pop() : new uint[PageUnits]);
            _nextOffset = 0;
        }
        var offset = _nextOffset;
        _nextOffset += units;
        return (_nextPage, offset);
    }

    private void RecycleLast()
    {
        var page = _pages[^1];
        _pages.RemoveAt(_pages.Count - 1);
        Pool(page);
    }

    private void Pool(uint[] page)
    {
        if (_freePages.Count < 2)
            _freePages.Push(page);
    }

    private void Grow()
    {
        var size = Math.Min(Math.Max(_lines.Length * 2, 64), Math.Max(MaxLines, 64));
        var bigger = new Entry[size];
        var biggerExtras = _extras is null ? null : new RowExtras?[size];
        for (var i = 0; i < _count; i++)
        {
            var slot = Slot(i);
            bigger[i] = _lines[slot];
            if (biggerExtras is not null)
                biggerExtras[i] = _extras![slot];
        }
        _lines = bigger;
        _extras = biggerExtras;
        _head = 0;
    }
}
