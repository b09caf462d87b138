namespace TelnetTui.Terminal.Text;

/// <summary>
/// Terminal column width of a code point: 0 (combining mark, format character), 1, or 2
/// (East Asian Wide/Fullwidth, emoji presentation). The table is generated from the Unicode
/// Character Database by tools/WidthTableGenerator (UAX #11, UTS #51).
/// </summary>
public static class CharWidth
{
    /// <summary>Below this code point every printable character is one column (the first combining marks start at U+0300).</summary>
    public const int AllNarrowBelow = 0x300;

    /// <summary>One bit per BMP character: set when it is exactly one column wide (one load on the printing path).</summary>
    private static readonly byte[] NarrowBmp = BuildNarrowBmp();

    /// <summary>True when <paramref name="c"/> takes exactly one column.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsNarrow(char c) => (NarrowBmp[c >> 3] & (1 << (c & 7))) != 0;

    private static byte[] BuildNarrowBmp()
    {
        var bits = new byte[0x10000 / 8];
        for (var c = 0; c < 0x10000; c++)
        {
            if (Of(c) == 1)
                bits[c >> 3] |= (byte)(1 << (c & 7));
        }
        return bits;
    }

    public static int Of(int codePoint)
    {
        if ((uint)codePoint < AllNarrowBelow)
            return 1;
        if ((uint)codePoint > 0x10FFFF)
            return 1;
        var block = TelnetTui.Unicode.CharWidthTable.Stage1[codePoint >> 8];
        return TelnetTui.Unicode.CharWidthTable.Stage2[(block << 8) | (codePoint & 0xFF)];
    }
}
