namespace TelnetTui.Terminal.Model;

/// <summary>
/// One cell as the UI reads it: its grapheme (a code point, or a string when it is a cluster of
/// several), its width, and its style. Reading cells allocates nothing unless <see cref="Text"/> is asked.
/// </summary>
public readonly struct Cell
{
    public Cell(int codePoint, string? cluster, int width, Style style)
    {
        CodePoint = codePoint;
        Cluster = cluster;
        Width = width;
        Style = style;
    }

    /// <summary>The first code point of the grapheme; 0 when the cell is empty (never written, or erased).</summary>
    public int CodePoint { get; }

    /// <summary>The whole grapheme when it has more than one code point (base + combining marks, ZWJ sequences), else null.</summary>
    public string? Cluster { get; }

    /// <summary>1, 2 for the left half of a wide character, 0 for its right half.</summary>
    public int Width { get; }

    public Style Style { get; }

    public Color Foreground => Style.Foreground;
    public Color Background => Style.Background;
    public CellAttributes Attributes => Style.Attributes;
    public UnderlineStyle Underline => Style.Underline;
    public int HyperlinkId => Style.HyperlinkId;

    public bool IsEmpty => CodePoint == 0 && Cluster is null;

    /// <summary>The grapheme as a string ("" for an empty cell or the right half of a wide character).</summary>
    public string Text => Cluster ?? (CodePoint == 0 ? "" : char.ConvertFromUtf32(CodePoint));

    public override string ToString() => $"'{Text}' w{Width} {Style}";
}
