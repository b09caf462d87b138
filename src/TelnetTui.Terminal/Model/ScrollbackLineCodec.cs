using System.Runtime.InteropServices;

namespace TelnetTui.Terminal.Model;

/// <summary>
/// How a scrollback line is stored, in 32-bit units. Text and style are split: the content bits of
/// each cell (code point or cluster index, width: 24 bits) take one unit, and the style is kept once
/// per run of cells that share it. When a line has so many runs that this is larger, the packed
/// 8-byte cells are stored as they are.
/// <code>
/// runs form:   [cells | RunsTag] [runs] (start, style low, style high) × runs, content × cells
/// packed form: [cells] (low, high) × cells
/// </code>
/// </summary>
internal static class ScrollbackLineCodec
{
    private const uint RunsTag = 1u << 31;

    /// <summary>Units a line of <paramref name="cells"/> cells can take at most.</summary>
    public static int MaxUnits(int cells) => 1 + cells * 2;

    public static int Encode(ReadOnlySpan<ulong> cells, Span<uint> destination)
    {
        if (cells.IsEmpty)
            return 0;
        var runs = 1;
        for (var i = 1; i < cells.Length; i++)
        {
            if (PackedCell.StyleBits(cells[i]) != PackedCell.StyleBits(cells[i - 1]))
                runs++;
        }
        var runsSize = 2 + runs * 3 + cells.Length;
        var packedSize = 1 + cells.Length * 2;
        if (runsSize >= packedSize)
        {
            destination[0] = (uint)cells.Length;
            MemoryMarshal.Cast<ulong, uint>(cells).CopyTo(destination[1..]);
            return packedSize;
        }
        destination[0] = (uint)cells.Length | RunsTag;
        destination[1] = (uint)runs;
        var r = 2;
        var text = 2 + runs * 3;
        var previous = ulong.MaxValue;
        for (var i = 0; i < cells.Length; i++)
        {
            var style = PackedCell.StyleBits(cells[i]);
            if (style != previous)
            {
                destination[r++] = (uint)i;
                destination[r++] = (uint)style;
                destination[r++] = (uint)(style >> 32);
                previous = style;
            }
            destination[text + i] = (uint)(cells[i] & PackedCell.ContentMask);
        }
        return runsSize;
    }

    /// <summary>The cells of an encoded line: a view of the stored units, or decoded into <paramref name="scratch"/>.</summary>
    public static ReadOnlySpan<ulong> Decode(ReadOnlySpan<uint> units, ref ulong[] scratch)
    {
        var header = units[0];
        var count = (int)(header & ~RunsTag);
        if ((header & RunsTag) == 0)
            return MemoryMarshal.Cast<uint, ulong>(units.Slice(1, count * 2));
        if (scratch.Length < count)
            scratch = new ulong[Math.Max(count, scratch.Length * 2)];
        var runs = (int)units[1];
        var text = units.Slice(2 + runs * 3, count);
        var cells = scratch.AsSpan(0, count);
        for (var r = 0; r < runs; r++)
        {
            var start = (int)units[2 + r * 3];
            var end = r + 1 < runs ? (int)units[2 + (r + 1) * 3] : count;
            var style = units[3 + r * 3] | ((ulong)units[4 + r * 3] << 32);
            for (var i = start; i < end; i++)
                cells[i] = style | text[i];
        }
        return cells;
    }
}
