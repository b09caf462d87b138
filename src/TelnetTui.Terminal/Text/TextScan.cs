using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace TelnetTui.Terminal.Text;

/// <summary>Vectorised scans and copies on the hot printing path (16 chars per step where the CPU allows).</summary>
internal static class TextScan
{
    /// <summary>Runs shorter than this are scanned one char at a time: a vector call costs more than it saves.</summary>
    public const int VectorThreshold = 32;

    /// <summary>
    /// Length of the leading run of printable characters: no C0 control, DEL, C1 control or surrogate.
    /// </summary>
    public static int PrintableRunLength(ReadOnlySpan<char> text)
    {
        var length = text.Length;
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var i = 0;
        if (Vector256.IsHardwareAccelerated && length >= Vector256<ushort>.Count)
        {
            var space = Vector256.Create((ushort)0x20);
            var del = Vector256.Create((ushort)0x7F);
            var delToC1 = Vector256.Create((ushort)0x21);
            var surrogate = Vector256.Create((ushort)0xD800);
            var surrogates = Vector256.Create((ushort)0x800);
            for (; i <= length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)i);
                var bad = Vector256.LessThan(v, space) | Vector256.LessThan(v - del, delToC1) | Vector256.LessThan(v - surrogate, surrogates);
                if (bad != Vector256<ushort>.Zero)
                    return i + BitOperations.TrailingZeroCount(bad.ExtractMostSignificantBits());
            }
        }
        for (; i < length; i++)
        {
            var c = Unsafe.Add(ref start, i);
            if (c < 0x20 || (uint)(c - 0x7F) < 0x21 || (uint)(c - 0xD800) < 0x800)
                return i;
        }
        return length;
    }

    /// <summary>
    /// Length of the leading run of one-column characters among the first <paramref name="max"/>.
    /// Vectorised for ranges that are wholly one column (below U+0300; arrows, maths and technical symbols
    /// U+2100–U+22FF; box drawing, blocks and shapes U+2400–U+25FC, which ANSI art is made of); other
    /// characters are looked up one by one. The vectors may read past <paramref name="max"/> within
    /// <paramref name="text"/> (never past its end), so the short runs between colour changes are vectorised too.
    /// </summary>
    public static int NarrowRunLength(ReadOnlySpan<char> text, int max)
    {
        if (Avx512BW.IsSupported)
            return NarrowRunLengthMasked(text, max);
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var latin = Vector256.Create((ushort)0x300);
            var symbols = Vector256.Create((ushort)0x2100);
            var symbolCount = Vector256.Create((ushort)0x200);
            var boxes = Vector256.Create((ushort)0x2400);
            var boxCount = Vector256.Create((ushort)0x1FD);
            while (i < max && i <= text.Length - Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)i);
                var easy = Vector256.LessThan(v, latin) | Vector256.LessThan(v - symbols, symbolCount) | Vector256.LessThan(v - boxes, boxCount);
                var left = max - i;
                var hard = ~easy.ExtractMostSignificantBits() & (left >= Vector256<ushort>.Count ? 0xFFFFu : (1u << left) - 1);
                if (hard == 0)
                {
                    i += Math.Min(left, Vector256<ushort>.Count);
                    continue;
                }
                i += BitOperations.TrailingZeroCount(hard);
                if (!CharWidth.IsNarrow((char)Unsafe.Add(ref start, i)))
                    return i;
                i++;
            }
        }
        while (i < max)
        {
            var c = Unsafe.Add(ref start, i);
            if (c >= CharWidth.AllNarrowBelow && !CharWidth.IsNarrow((char)c))
                break;
            i++;
        }
        return i;
    }

    /// <summary>
    /// <see cref="NarrowRunLength"/> with AVX-512 masked loads: 32 chars per step, and the lanes past
    /// <paramref name="max"/> are never read, so short runs (a coloured word, a few glyphs of ANSI art) take one
    /// step with no per-length branching.
    /// </summary>
    private static unsafe int NarrowRunLengthMasked(ReadOnlySpan<char> text, int max)
    {
        fixed (char* p = text)
        {
            var i = 0;
            while (i < max)
            {
                var lanes = Lanes16(max - i);
                var v = Avx512BW.MaskLoad((ushort*)p + i, lanes, Vector512<ushort>.Zero);
                var hard = Vector512.AndNot(lanes, InOneColumnRanges(v));
                if (hard == Vector512<ushort>.Zero)
                {
                    i += Math.Min(max - i, Vector512<ushort>.Count);
                    continue;
                }
                i += BitOperations.TrailingZeroCount(hard.ExtractMostSignificantBits());
                if (!CharWidth.IsNarrow(p[i]))
                    return i;
                i++;
            }
            return i;
        }
    }

    /// <summary>Lanes holding a character of the wholly one-column ranges <see cref="NarrowRunLength"/> names.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ushort> InOneColumnRanges(Vector512<ushort> v) =>
        Vector512.LessThan(v, Vector512.Create((ushort)0x300))
        | Vector512.LessThan(v - Vector512.Create((ushort)0x2100), Vector512.Create((ushort)0x200))
        | Vector512.LessThan(v - Vector512.Create((ushort)0x2400), Vector512.Create((ushort)0x1FD));

    /// <summary>A lane mask with the first <paramref name="count"/> of 32 lanes set (all when count ≥ 32).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ushort> Lanes16(int count) =>
        Vector512.LessThan(Vector512<ushort>.Indices, Vector512.Create((ushort)Math.Min(count, Vector512<ushort>.Count)));

    /// <summary>Index of the first char at or above <paramref name="limit"/>, or -1.</summary>
    public static int IndexOfAtOrAbove(ReadOnlySpan<char> text, char limit) =>
        MemoryMarshal.Cast<char, ushort>(text).IndexOfAnyInRange((ushort)limit, ushort.MaxValue);

    /// <summary>Writes <paramref name="style"/> | char for each char: a run of one-column cells.</summary>
    public static void FillCells(Span<ulong> cells, ReadOnlySpan<char> text, ulong style)
    {
        if (Avx512BW.IsSupported)
        {
            FillCellsMasked(cells, text, style);
            return;
        }
        var length = text.Length;
        ref var src = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        ref var dst = ref MemoryMarshal.GetReference(cells);
        var i = 0;
        if (Vector256.IsHardwareAccelerated && length >= Vector256<ushort>.Count)
        {
            var s = Vector256.Create(style);
            for (; i <= length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var (lo, hi) = Vector256.Widen(Vector256.LoadUnsafe(ref src, (nuint)i));
                var (a, b) = Vector256.Widen(lo);
                var (c, d) = Vector256.Widen(hi);
                (a | s).StoreUnsafe(ref dst, (nuint)i);
                (b | s).StoreUnsafe(ref dst, (nuint)(i + 4));
                (c | s).StoreUnsafe(ref dst, (nuint)(i + 8));
                (d | s).StoreUnsafe(ref dst, (nuint)(i + 12));
            }
        }
        if (Avx2.IsSupported && length >= 4)
        {
            // Four cells per step (VPMOVZXWQ widens four chars into four cells). The last step may overlap the
            // one before and write the same values again, so short runs (coloured words, ANSI art) need no scalar tail.
            var s = Vector256.Create(style);
            while (i < length)
            {
                if (i > length - 4)
                    i = length - 4;
                var four = Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref src, i)))).AsUInt16();
                (Avx2.ConvertToVector256Int64(four).AsUInt64() | s).StoreUnsafe(ref dst, (nuint)i);
                i += 4;
            }
            return;
        }
        for (; i < length; i++)
            Unsafe.Add(ref dst, i) = style | Unsafe.Add(ref src, i);
    }

    /// <summary>
    /// <see cref="FillCells"/> with AVX-512 masked loads and stores: eight cells per step (eight chars widened
    /// straight into eight cells), nothing read or written past the run, so a word is one or two steps with no tail.
    /// </summary>
    private static unsafe void FillCellsMasked(Span<ulong> cells, ReadOnlySpan<char> text, ulong style)
    {
        var length = Math.Min(cells.Length, text.Length);
        var s = Vector512.Create(style);
        fixed (char* p = text)
        fixed (ulong* q = cells)
        {
            for (var i = 0; i < length; i += 8)
            {
                var count = length - i;
                var chars = Avx512BW.VL.MaskLoad((ushort*)p + i, Lanes8(count), Vector128<ushort>.Zero);
                Avx512F.MaskStore(q + i, Lanes64(count), Avx512F.ConvertToVector512UInt64(chars) | s);
            }
        }
    }

    /// <summary>A lane mask with the first <paramref name="count"/> of 8 lanes set (all when count ≥ 8).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Lanes8(int count) =>
        Vector128.LessThan(Vector128<short>.Indices, Vector128.Create((short)Math.Min(count, 8))).AsUInt16();

    /// <summary>A lane mask with the first <paramref name="count"/> of 8 lanes set (none when count ≤ 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Lanes64(int count) =>
        Vector512.LessThan(Vector512<long>.Indices, Vector512.Create((long)count)).AsUInt64();

    /// <summary>True when <see cref="WriteNarrowRun"/> can be used (AVX-512).</summary>
    public static bool CanWriteRuns => Avx512BW.IsSupported;

    /// <summary>
    /// Writes the leading run of one-column characters of <paramref name="text"/> into <paramref name="cells"/>
    /// (at most its length) as <paramref name="style"/> | char, and returns how many were written. One pass of
    /// masked 32-char loads: each block is checked and written straight from the register it was loaded into.
    /// Only with <see cref="CanWriteRuns"/>.
    /// </summary>
    public static unsafe int WriteNarrowRun(Span<ulong> cells, ReadOnlySpan<char> text, ulong style)
    {
        var max = Math.Min(cells.Length, text.Length);
        var s = Vector512.Create(style);
        fixed (char* p = text)
        fixed (ulong* q = cells)
        {
            var i = 0;
            while (i < max)
            {
                var count = Math.Min(max - i, Vector512<ushort>.Count);
                var v = Avx512BW.MaskLoad((ushort*)p + i, Lanes16(count), Vector512<ushort>.Zero);
                var hard = ~(uint)InOneColumnRanges(v).ExtractMostSignificantBits() & Bmi2.ZeroHighBits(uint.MaxValue, (uint)count);
                var take = hard == 0 ? count : BitOperations.TrailingZeroCount(hard);
                var at = q + i;
                var (lo, hi) = Vector512.Widen(v);
                Avx512F.MaskStore(at, Lanes64(take), Vector512.WidenLower(lo) | s);
                if (take > 8)
                {
                    Avx512F.MaskStore(at + 8, Lanes64(take - 8), Vector512.WidenUpper(lo) | s);
                    if (take > 16)
                    {
                        Avx512F.MaskStore(at + 16, Lanes64(take - 16), Vector512.WidenLower(hi) | s);
                        Avx512F.MaskStore(at + 24, Lanes64(take - 24), Vector512.WidenUpper(hi) | s);
                    }
                }
                i += take;
                if (hard != 0)
                {
                    // Outside the ranges checked in bulk: look it up, and write it here if it is one column.
                    var c = p[i];
                    if (!CharWidth.IsNarrow(c))
                        return i;
                    q[i] = style | c;
                    i++;
                }
            }
            return i;
        }
    }
}
