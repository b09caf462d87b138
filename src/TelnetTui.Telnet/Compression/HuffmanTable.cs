namespace TelnetTui.Telnet.Compression;

/// <summary>
/// A canonical Huffman decoding table (RFC 1951 §3.2.2): a root table indexed by the next
/// <see cref="RootBits"/> input bits, with second-level tables for longer codes.
/// Entries pack the symbol (bits 0–15), the code length (bits 16–19) and a sub-table flag (bit 20).
/// </summary>
internal sealed class HuffmanTable
{
    /// <summary>RFC 1951 §3.2.7: no code is longer than 15 bits.</summary>
    public const int MaxCodeLength = 15;
    public const int RootBits = 10;
    private const int SubBits = MaxCodeLength - RootBits;
    private const int RootSize = 1 << RootBits;
    private const int SubSize = 1 << SubBits;
    internal const int SubFlag = 1 << 20;

    private readonly int[] _entries;

    public HuffmanTable(int maxSymbols) => _entries = new int[RootSize + maxSymbols * SubSize];

    /// <summary>
    /// Builds the table from code lengths (0 = symbol unused). Returns an error text for an
    /// over-subscribed set; an incomplete set is allowed (an unassigned code fails when met).
    /// </summary>
    public string? Build(ReadOnlySpan<byte> lengths)
    {
        Span<int> count = stackalloc int[MaxCodeLength + 1];
        count.Clear();
        foreach (var l in lengths)
            count[l]++;
        count[0] = 0;
        var left = 1;
        for (var len = 1; len <= MaxCodeLength; len++)
        {
            left = (left << 1) - count[len];
            if (left < 0)
                return "over-subscribed Huffman code lengths";
        }

        Span<int> next = stackalloc int[MaxCodeLength + 2];
        next[1] = 0;
        for (var len = 1; len <= MaxCodeLength; len++)
            next[len + 1] = (next[len] + count[len]) << 1;

        Array.Clear(_entries, 0, RootSize);
        var subFree = RootSize;
        for (var symbol = 0; symbol < lengths.Length; symbol++)
        {
            int len = lengths[symbol];
            if (len == 0)
                continue;
            var code = next[len]++;
            var reversed = Reverse(code, len);
            var leaf = symbol | (len << 16);
            if (len <= RootBits)
            {
                for (var k = reversed; k < RootSize; k += 1 << len)
                    _entries[k] = leaf;
                continue;
            }
            var prefix = reversed & (RootSize - 1);
            if ((_entries[prefix] & SubFlag) == 0)
            {
                Array.Clear(_entries, subFree, SubSize);
                _entries[prefix] = SubFlag | subFree;
                subFree += SubSize;
            }
            var sub = _entries[prefix] & 0xFFFF;
            var step = 1 << (len - RootBits);
            for (var k = reversed >> RootBits; k < SubSize; k += step)
                _entries[sub + k] = leaf;
        }
        return null;
    }

    /// <summary>
    /// The entry for the code at the bottom of <paramref name="bits"/>: symbol in the low 16 bits,
    /// length in bits 16–19 (0 when no code matches).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int Lookup(ulong bits)
    {
        var e = _entries[(int)bits & (RootSize - 1)];
        if ((e & SubFlag) != 0)
            e = _entries[(e & 0xFFFF) + (int)((bits >> RootBits) & (SubSize - 1))];
        return e;
    }

    private static int Reverse(int code, int length)
    {
        var r = 0;
        for (var i = 0; i < length; i++)
        {
            r = (r << 1) | (code & 1);
            code >>= 1;
        }
        return r;
    }
}
