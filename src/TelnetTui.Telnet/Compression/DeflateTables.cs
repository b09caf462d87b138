namespace TelnetTui.Telnet.Compression;

/// <summary>The constant tables of deflate (RFC 1951 §3.2.5–3.2.7) and its fixed Huffman codes.</summary>
internal static class DeflateTables
{
    public static readonly ushort[] LengthBase =
        [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    public static readonly byte[] LengthExtra =
        [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    public static readonly ushort[] DistanceBase =
        [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    public static readonly byte[] DistanceExtra =
        [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
    /// <summary>RFC 1951 §3.2.7: the order code-length code lengths are sent in.</summary>
    public static readonly byte[] CodeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    /// <summary>RFC 1951 §3.2.6: the fixed literal/length and distance codes, built once.</summary>
    public static readonly Lazy<(HuffmanTable Lit, HuffmanTable Dist)> Fixed = new(BuildFixed);

    private static (HuffmanTable Lit, HuffmanTable Dist) BuildFixed()
    {
        // RFC 1951 §3.2.6.
        Span<byte> lengths = stackalloc byte[288];
        lengths[..144].Fill(8);
        lengths[144..256].Fill(9);
        lengths[256..280].Fill(7);
        lengths[280..].Fill(8);
        var lit = new HuffmanTable(288);
        lit.Build(lengths);
        Span<byte> distLengths = stackalloc byte[32];
        distLengths.Fill(5);
        var dist = new HuffmanTable(32);
        dist.Build(distLengths);
        return (lit, dist);
    }
}
