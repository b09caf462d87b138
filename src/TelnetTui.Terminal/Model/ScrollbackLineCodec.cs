using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TelnetTui.Terminal.Model;

/// <summary>
/// How a scrollback line is stored, in 32-bit units. Text and style are split: the low half of each
/// packed cell (its content bits, plus low style bits that the run restores anyway) takes one unit, and
/// the style is kept once per run of cells that share it. When a line has so many runs that this is
/// larger, the packed 8-byte cells are stored as they are.
/// <code>
/// runs form:   [cells | RunsTag] [runs] (start, style low, style high) × runs, low halves × cells
/// packed form: [cells] (low, high) × cells
/// </code>
/// </summary>
internal static class ScrollbackLineCodec
{
    private const uint RunsTag = 1u << 31;

    /// <summary>Units a line of <paramref name="cells"/> cells can take at most.</summary>
    public static int MaxUnits(int cells) => 1 + cells * 2;

    /// <summary>
    /// A line with more runs than one per this many cells is stored packed: runs would save little
    /// memory and cost time (ANSI art changes colour every few cells).
    /// </summary>
    public const int CellsPerRun = 8;

    /// <summary>Lines shorter than this are stored packed: runs would not save anything worth the work.</summary>
    private const int ShortLine = CellsPerRun;

    public static int Encode(ReadOnlySpan<ulong> cells, Span<uint> destination)
    {
        if (cells.IsEmpty)
            return 0;
        var packedSize = 1 + cells.Length * 2;
        if (cells.Length >= ShortLine)
        {
            // Runs go straight to their place; at most `limit` of them fit before packed would be as small.
            var limit = cells.Length / CellsPerRun;
            var runs = FindRuns(cells, destination[2..], limit);
            if (runs <= limit)
            {
                destination[0] = (uint)cells.Length | RunsTag;
                destination[1] = (uint)runs;
                LowHalves(cells, destination.Slice(2 + runs * 3, cells.Length));
                return 2 + runs * 3 + cells.Length;
            }
        }
        destination[0] = (uint)cells.Length;
        MemoryMarshal.Cast<ulong, uint>(cells).CopyTo(destination[1..]);
        return packedSize;
    }

    /// <summary>
    /// Writes (start, style low, style high) for each run of equal style into <paramref name="runs"/>;
    /// returns <paramref name="limit"/> + 1 when there are more runs than that. Two passes, both without
    /// data-dependent branches per cell: vectors compare each cell's style with its left neighbour's and
    /// set one bit per run start; then the set bits are counted and, when few enough, written out.
    /// </summary>
    private static int FindRuns(ReadOnlySpan<ulong> cells, Span<uint> runs, int limit)
    {
        ref var c0 = ref MemoryMarshal.GetReference(cells);
        var length = cells.Length;
        Span<ulong> starts = stackalloc ulong[(length + 63) >> 6];
        starts.Clear();
        starts[0] = 1; // cell 0 starts the first run
        ref var bits = ref MemoryMarshal.GetReference(starts);
        var i = 1;
        if (Vector512.IsHardwareAccelerated)
        {
            var mask = Vector512.Create(PackedCell.StyleMask);
            for (; i <= length - 8; i += 8)
            {
                var current = Vector512.LoadUnsafe(ref c0, (nuint)i) & mask;
                var previous = Vector512.LoadUnsafe(ref c0, (nuint)(i - 1)) & mask;
                var changed = ~Vector512.Equals(current, previous).ExtractMostSignificantBits() & 0xFFUL;
                SetBits(ref bits, i, changed);
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var mask = Vector256.Create(PackedCell.StyleMask);
            for (; i <= length - 4; i += 4)
            {
                var current = Vector256.LoadUnsafe(ref c0, (nuint)i) & mask;
                var previous = Vector256.LoadUnsafe(ref c0, (nuint)(i - 1)) & mask;
                var changed = ~Vector256.Equals(current, previous).ExtractMostSignificantBits() & 0xFUL;
                SetBits(ref bits, i, changed);
            }
        }
        for (; i < length; i++)
        {
            if (PackedCell.StyleBits(Unsafe.Add(ref c0, i)) != PackedCell.StyleBits(Unsafe.Add(ref c0, i - 1)))
                starts[i >> 6] |= 1UL << (i & 63);
        }
        var count = 0;
        foreach (var word in starts)
            count += BitOperations.PopCount(word);
        if (count > limit)
            return limit + 1;
        count = 0;
        for (var w = 0; w < starts.Length; w++)
        {
            for (var word = starts[w]; word != 0; word &= word - 1)
            {
                var at = (w << 6) + BitOperations.TrailingZeroCount(word);
                AddRun(runs, ref count, at, Unsafe.Add(ref c0, at));
            }
        }
        return count;
    }

    /// <summary>ORs <paramref name="changed"/> (bit n: cell <paramref name="at"/> + n starts a run) into the run-start bitmap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetBits(ref ulong bits, int at, ulong changed)
    {
        var word = at >> 6;
        var shift = at & 63;
        Unsafe.Add(ref bits, word) |= changed << shift;
        // Bits shifted out of this word belong to the next one (vectors set at most 8 bits, all for cells before the end).
        if (shift > 56)
            Unsafe.Add(ref bits, word + 1) |= changed >> (64 - shift);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddRun(Span<uint> runs, ref int count, int start, ulong cell)
    {
        var style = PackedCell.StyleBits(cell);
        runs[count * 3] = (uint)start;
        runs[count * 3 + 1] = (uint)style;
        runs[count * 3 + 2] = (uint)(style >> 32);
        count++;
    }

    /// <summary>The low 32 bits of each cell.</summary>
    private static void LowHalves(ReadOnlySpan<ulong> cells, Span<uint> destination)
    {
        ref var src = ref MemoryMarshal.GetReference(cells);
        ref var dst = ref MemoryMarshal.GetReference(destination);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= cells.Length - 8; i += 8)
                Vector256.Narrow(Vector256.LoadUnsafe(ref src, (nuint)i), Vector256.LoadUnsafe(ref src, (nuint)(i + 4))).StoreUnsafe(ref dst, (nuint)i);
        }
        for (; i < cells.Length; i++)
            Unsafe.Add(ref dst, i) = (uint)Unsafe.Add(ref src, i);
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
