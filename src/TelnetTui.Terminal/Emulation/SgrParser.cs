using TelnetTui.Terminal.Model;
using TelnetTui.Terminal.Parsing;

namespace TelnetTui.Terminal.Emulation;

/// <summary>
/// SGR (ECMA-48 §8.3.117) with the xterm extensions: 90–107 bright colours, 38/48/58 extended
/// colours in both the ';' form (38;5;n, 38;2;r;g;b) and the ':' form of ITU T.416 (38:5:n,
/// 38:2:[colour-space]:r:g:b), and 4:n underline styles.
/// </summary>
internal static class SgrParser
{
    public static Style Apply(Style style, VtParams p)
    {
        if (p.Count == 0)
            return new Style { Attributes = style.Attributes & CellAttributes.Protected }; // CSI m is CSI 0 m; DECSCA is not SGR
        var fg = style.Foreground;
        var bg = style.Background;
        var ul = style.UnderlineColor;
        var attributes = style.Attributes & ~CellAttributes.Protected;
        var protectedFlag = style.Attributes & CellAttributes.Protected;
        var underline = style.Underline;
        var i = 0;
        while (i < p.Count)
        {
            var code = p[i];
            var subs = p.SubParameterCount(i);
            var next = i + 1 + subs;
            switch (code)
            {
                case 0:
                    fg = bg = ul = Color.Default;
                    attributes = CellAttributes.None;
                    underline = UnderlineStyle.None;
                    break;
                case 1: attributes |= CellAttributes.Bold; break;
                case 2: attributes |= CellAttributes.Faint; break;
                case 3: attributes |= CellAttributes.Italic; break;
                case 4:
                    underline = subs == 0 ? UnderlineStyle.Single : p[i + 1] switch
                    {
                        0 => UnderlineStyle.None,
                        1 => UnderlineStyle.Single,
                        2 => UnderlineStyle.Double,
                        3 => UnderlineStyle.Curly,
                        4 => UnderlineStyle.Dotted,
                        5 => UnderlineStyle.Dashed,
                        _ => underline,
                    };
                    break;
                case 5:
                case 6: attributes |= CellAttributes.Blink; break;
                case 7: attributes |= CellAttributes.Inverse; break;
                case 8: attributes |= CellAttributes.Hidden; break;
                case 9: attributes |= CellAttributes.Strikethrough; break;
                case 21: underline = UnderlineStyle.Double; break;
                case 22: attributes &= ~(CellAttributes.Bold | CellAttributes.Faint); break;
                case 23: attributes &= ~CellAttributes.Italic; break;
                case 24: underline = UnderlineStyle.None; break;
                case 25: attributes &= ~CellAttributes.Blink; break;
                case 27: attributes &= ~CellAttributes.Inverse; break;
                case 28: attributes &= ~CellAttributes.Hidden; break;
                case 29: attributes &= ~CellAttributes.Strikethrough; break;
                case >= 30 and <= 37: fg = Color.Indexed(code - 30); break;
                case 38: next = ExtendedColor(p, i, subs, ref fg); break;
                case 39: fg = Color.Default; break;
                case >= 40 and <= 47: bg = Color.Indexed(code - 40); break;
                case 48: next = ExtendedColor(p, i, subs, ref bg); break;
                case 49: bg = Color.Default; break;
                case 53: attributes |= CellAttributes.Overline; break;
                case 55: attributes &= ~CellAttributes.Overline; break;
                case 58: next = ExtendedColor(p, i, subs, ref ul); break;
                case 59: ul = Color.Default; break;
                case >= 90 and <= 97: fg = Color.Indexed(code - 90 + 8); break;
                case >= 100 and <= 107: bg = Color.Indexed(code - 100 + 8); break;
                // 10–19 fonts, 26, 50–52, 60–65, 73–75: not supported, ignored.
            }
            i = next;
        }
        return style with
        {
            Foreground = fg,
            Background = bg,
            UnderlineColor = ul,
            Attributes = attributes | protectedFlag,
            Underline = underline,
        };
    }

    /// <summary>Reads 38/48/58's colour; returns the index of the next SGR parameter.</summary>
    private static int ExtendedColor(VtParams p, int i, int subs, ref Color color)
    {
        if (subs > 0)
        {
            // ':' form: everything is in this parameter's sub-parameters.
            var kind = p[i + 1];
            if (kind == 5 && subs >= 2)
                SetIndexed(p[i + 2], ref color);
            else if (kind == 2 && subs >= 4)
            {
                // T.416 has a colour-space id before r:g:b; many programs leave it out.
                var first = subs >= 5 ? i + 3 : i + 2;
                color = Color.Rgb(Clamp(p[first]), Clamp(p[first + 1]), Clamp(p[first + 2]));
            }
            return i + 1 + subs;
        }
        // ';' form (xterm): the following parameters carry the colour.
        var mode = p[i + 1];
        if (mode == 5)
        {
            if (i + 2 < p.Count)
                SetIndexed(p[i + 2], ref color);
            return i + 3;
        }
        if (mode == 2)
        {
            if (i + 4 < p.Count)
                color = Color.Rgb(Clamp(p[i + 2]), Clamp(p[i + 3]), Clamp(p[i + 4]));
            return i + 5;
        }
        return i + 2;
    }

    private static void SetIndexed(int index, ref Color color)
    {
        if (index <= 255)
            color = Color.Indexed(index);
    }

    private static byte Clamp(int v) => (byte)Math.Min(v, 255);
}
