using System.Globalization;
using System.Text;
using TelnetTui.Terminal.Model;

namespace TelnetTui.Terminal.Emulation;

/// <summary>
/// The SGR parameters that reproduce a style, as xterm reports them for DECRQSS ("0;1;31"); also what a
/// screen snapshot or ANSI output writes (ECMA-48 §8.3.117; 38/48 extended colours as xterm writes them).
/// </summary>
public static class SgrReport
{
    public static string Describe(in Style style)
    {
        var sb = new StringBuilder("0");
        var a = style.Attributes;
        if ((a & CellAttributes.Bold) != 0) sb.Append(";1");
        if ((a & CellAttributes.Faint) != 0) sb.Append(";2");
        if ((a & CellAttributes.Italic) != 0) sb.Append(";3");
        switch (style.Underline)
        {
            case UnderlineStyle.None: break;
            case UnderlineStyle.Single: sb.Append(";4"); break;
            case UnderlineStyle.Double: sb.Append(";21"); break;
            default: sb.Append(";4:").Append(((int)style.Underline).ToString(CultureInfo.InvariantCulture)); break;
        }
        if ((a & CellAttributes.Blink) != 0) sb.Append(";5");
        if ((a & CellAttributes.Inverse) != 0) sb.Append(";7");
        if ((a & CellAttributes.Hidden) != 0) sb.Append(";8");
        if ((a & CellAttributes.Strikethrough) != 0) sb.Append(";9");
        if ((a & CellAttributes.Overline) != 0) sb.Append(";53");
        AppendColor(sb, style.Foreground, 30, 90, 38);
        AppendColor(sb, style.Background, 40, 100, 48);
        if (!style.UnderlineColor.IsDefault)
            AppendColor(sb, style.UnderlineColor, -1, -1, 58);
        return sb.ToString();
    }

    /// <summary>Appends the SGR for a colour: base+n for 0–7, bright+n for 8–15, else the extended form.</summary>
    public static void AppendColor(StringBuilder sb, Color color, int normalBase, int brightBase, int extended)
    {
        switch (color.Kind)
        {
            case ColorKind.Indexed when color.Index < 8 && normalBase >= 0:
                sb.Append(';').Append(normalBase + color.Index);
                break;
            case ColorKind.Indexed when color.Index < 16 && brightBase >= 0:
                sb.Append(';').Append(brightBase + color.Index - 8);
                break;
            case ColorKind.Indexed:
                sb.Append(';').Append(extended).Append(";5;").Append(color.Index);
                break;
            case ColorKind.Rgb:
                sb.Append(';').Append(extended).Append(";2;").Append(color.R).Append(';').Append(color.G).Append(';').Append(color.B);
                break;
        }
    }
}
