namespace TelnetTui.Terminal.Model;

/// <summary>Everything about how a cell is drawn except its text.</summary>
public readonly record struct Style(
    Color Foreground,
    Color Background,
    CellAttributes Attributes = CellAttributes.None,
    UnderlineStyle Underline = UnderlineStyle.None,
    Color UnderlineColor = default,
    int HyperlinkId = 0)
{
    public static Style Plain => default;

    public bool Has(CellAttributes flag) => (Attributes & flag) != 0;

    /// <summary>Only the colours: what an erase leaves behind (background colour erase keeps colours, not renditions).</summary>
    public Style ColorsOnly => new(Foreground, Background);
}
