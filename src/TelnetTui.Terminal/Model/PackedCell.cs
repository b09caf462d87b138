using System.Runtime.CompilerServices;

namespace TelnetTui.Terminal.Model;

/// <summary>
/// The 8-byte cell stored in rows and scrollback. Layout (bit numbers):
/// <code>
///  0–20  code point, or an index into the row's cluster table when bit 21 is set
///  21    cluster: the cell holds a multi-code-point grapheme (rare data, kept beside the row)
///  22–23 width: 0 = one column, 1 = wide (first of two columns), 2 = second column of a wide character
///  24    extended style: bits 25–56 index the row's style table (RGB colours, underline colour, hyperlink)
///  25–33 foreground: 0 default, 1–256 palette index + 1        (inline style)
///  34–42 background: same                                       (inline style)
///  43–51 CellAttributes                                         (inline style)
///  52–54 UnderlineStyle                                         (inline style)
///  63    direct foreground: bits 25–48 are the foreground's RGB, the background is default
///  62    direct background: bits 25–48 are the background's RGB, the foreground is default
/// </code>
/// In the two direct forms attributes are bits 49–57 and the underline style bits 58–60, so the most
/// common true-colour text (one RGB colour over the default) stays inline like palette colours do.
/// All-zero is an empty cell in the default style, so clearing is a memset.
/// </summary>
internal static class PackedCell
{
    public const int CodePointBits = 21;
    public const ulong CodePointMask = (1UL << CodePointBits) - 1;
    public const ulong ClusterFlag = 1UL << 21;
    public const int WidthShift = 22;
    public const ulong WidthMask = 3UL << WidthShift;
    public const ulong WideFlag = 1UL << WidthShift;
    public const ulong SpacerFlag = 2UL << WidthShift;
    public const ulong ExtendedFlag = 1UL << 24;
    public const int StyleShift = 25;
    public const int ForegroundShift = 25;
    public const int BackgroundShift = 34;
    public const int AttributesShift = 43;
    public const int UnderlineShift = 52;
    public const ulong DirectForegroundFlag = 1UL << 63;
    public const ulong DirectBackgroundFlag = 1UL << 62;
    public const ulong DirectFlags = DirectForegroundFlag | DirectBackgroundFlag;
    public const int DirectAttributesShift = 49;
    public const int DirectUnderlineShift = 58;
    /// <summary>Every bit that describes the style (inline or extended reference).</summary>
    public const ulong StyleMask = ~(CodePointMask | ClusterFlag | WidthMask);
    public const ulong ContentMask = CodePointMask | ClusterFlag | WidthMask;
    public const ulong Empty = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CodePoint(ulong cell) => (int)(cell & CodePointMask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCluster(ulong cell) => (cell & ClusterFlag) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpacer(ulong cell) => (cell & WidthMask) == SpacerFlag;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWide(ulong cell) => (cell & WidthMask) == WideFlag;

    /// <summary>Columns the cell occupies: 1, 2 (wide), or 0 (the right half of a wide character).</summary>
    public static int Width(ulong cell) => (cell & WidthMask) switch
    {
        WideFlag => 2,
        SpacerFlag => 0,
        _ => 1,
    };

    /// <summary>True when the cell shows nothing: no text, and default style (trailing cells like this are trimmed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBlank(ulong cell) => cell == Empty;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HasText(ulong cell) => (cell & (CodePointMask | ClusterFlag)) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong StyleBits(ulong cell) => cell & StyleMask;

    public static bool IsExtended(ulong cell) => (cell & ExtendedFlag) != 0;

    public static int ExtendedIndex(ulong cell) => (int)((cell >> StyleShift) & 0xFFFF_FFFF);

    public static ulong ExtendedBits(int index) => ExtendedFlag | ((ulong)(uint)index << StyleShift);

    /// <summary>Inline style bits for <paramref name="style"/>, or false when it needs the row's style table.</summary>
    public static bool TryInline(in Style style, out ulong bits) =>
        TryInline(style.Foreground, style.Background, style.Attributes, style.Underline, style.UnderlineColor, style.HyperlinkId, out bits);

    /// <summary>
    /// The same from a style's parts (the pen's hot path, which keeps no <see cref="Style"/> value). Palette
    /// colours go without branches: a default colour is all zero bits and an indexed one has kind 1, so the
    /// field is index + kind. One RGB colour over a default one takes a direct form.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryInline(Color foreground, Color background, CellAttributes attributes, UnderlineStyle underline,
        Color underlineColor, int hyperlinkId, out ulong bits)
    {
        var fgKind = (uint)foreground.Kind;
        var bgKind = (uint)background.Kind;
        if ((fgKind | bgKind) <= (uint)ColorKind.Indexed)
        {
            var fg = (ulong)((uint)foreground.Index + fgKind);
            var bg = (ulong)((uint)background.Index + bgKind);
            bits = (fg << ForegroundShift) | (bg << BackgroundShift)
                 | ((ulong)attributes << AttributesShift) | ((ulong)underline << UnderlineShift);
            return (hyperlinkId == 0) & underlineColor.IsDefault;
        }
        return TryDirect(foreground, background, attributes, underline, underlineColor, hyperlinkId, out bits);
    }

    private static bool TryDirect(Color foreground, Color background, CellAttributes attributes, UnderlineStyle underline,
        Color underlineColor, int hyperlinkId, out ulong bits)
    {
        bits = 0;
        if (hyperlinkId != 0 || !underlineColor.IsDefault)
            return false;
        ulong flag;
        Color color;
        if (foreground.Kind == ColorKind.Rgb && background.IsDefault)
            (flag, color) = (DirectForegroundFlag, foreground);
        else if (background.Kind == ColorKind.Rgb && foreground.IsDefault)
            (flag, color) = (DirectBackgroundFlag, background);
        else
            return false;
        bits = flag | ((ulong)color.Rgb24 << ForegroundShift)
             | ((ulong)attributes << DirectAttributesShift) | ((ulong)underline << DirectUnderlineShift);
        return true;
    }

    /// <summary>The attributes of an inline style (the extended flag must be clear).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CellAttributes InlineAttributes(ulong cell) =>
        (CellAttributes)((cell >> ((cell & DirectFlags) != 0 ? DirectAttributesShift : AttributesShift)) & 0x1FF);

    /// <summary>The style stored inline in <paramref name="cell"/> (the extended flag must be clear).</summary>
    public static Style InlineStyle(ulong cell)
    {
        if ((cell & DirectFlags) != 0)
        {
            var rgb = (uint)(cell >> ForegroundShift) & 0xFFFFFF;
            var color = Color.Rgb((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
            var directAttributes = (CellAttributes)((cell >> DirectAttributesShift) & 0x1FF);
            var directUnderline = (UnderlineStyle)((cell >> DirectUnderlineShift) & 0x7);
            return (cell & DirectForegroundFlag) != 0
                ? new Style(color, Color.Default, directAttributes, directUnderline)
                : new Style(Color.Default, color, directAttributes, directUnderline);
        }
        var fg = (int)((cell >> ForegroundShift) & 0x1FF);
        var bg = (int)((cell >> BackgroundShift) & 0x1FF);
        var attributes = (CellAttributes)((cell >> AttributesShift) & 0x1FF);
        var underline = (UnderlineStyle)((cell >> UnderlineShift) & 0x7);
        return new Style(
            fg == 0 ? Color.Default : Color.Indexed(fg - 1),
            bg == 0 ? Color.Default : Color.Indexed(bg - 1),
            attributes,
            underline);
    }
}
