using System.Globalization;
using System.Text;

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

    // The compiler's record printing lists every public property, and ColorsOnly is itself a Style:
    // printing it would recurse without end. Print the stored components only.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Foreground = ").Append(Foreground.ToString())
            .Append(", Background = ").Append(Background.ToString())
            .Append(", Attributes = ").Append(Attributes.ToString())
            .Append(", Underline = ").Append(Underline.ToString())
            .Append(", UnderlineColor = ").Append(UnderlineColor.ToString())
            .Append(", HyperlinkId = ").Append(HyperlinkId.ToString(CultureInfo.InvariantCulture));
        return true;
    }
}
