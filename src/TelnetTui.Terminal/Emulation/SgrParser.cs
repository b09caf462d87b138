using TelnetTui.Terminal.Model;
using TelnetTui.Terminal.Parsing;

namespace TelnetTui.Terminal.Emulation;

/// <summary>
/// SGR (ECMA-48 §8.3.117) with the xterm extensions: 90–107 bright colours, 38/48/58 extended
/// colours in both the ';' form (38;5;n, 38;2;r;g;b) and the ':' form of ITU T.416 (38:5:n,
/// 38:2:[colour-space]:r:g:b), and 4:n underline styles. Changes the pen in place.
/// </summary>
internal static class SgrParser
{
    public static void Apply(Pen pen, VtParams p)
    {
        var count = p.Count;
        if (count == 0 || (count == 1 && p[0] == 0))
        {
            pen.ResetRendition(); // CSI m is CSI 0 m; both are the most frequent SGR by far
            return;
        }
        var i = 0;
        while (i < count)
        {
            var code = p[i];
            var next = i + 1;
            if (p.IsSubParameter(next))
                next += p.SubParameterCount(i);
            switch (code)
            {
                case 0: Reset(pen); break;
                case 1: pen.Attributes |= CellAttributes.Bold; break;
                case 2: pen.Attributes |= CellAttributes.Faint; break;
                case 3: pen.Attributes |= CellAttributes.Italic; break;
                case 4:
                    pen.Underline = next == i + 1 ? UnderlineStyle.Single : p[i + 1] switch
                    {
                        0 => UnderlineStyle.None,
                        1 => UnderlineStyle.Single,
                        2 => UnderlineStyle.Double,
                        3 => UnderlineStyle.Curly,
                        4 => UnderlineStyle.Dotted,
                        5 => UnderlineStyle.Dashed,
                        _ => pen.Underline,
                    };
                    break;
                case 5:
                case 6: pen.Attributes |= CellAttributes.Blink; break;
                case 7: pen.Attributes |= CellAttributes.Inverse; break;
                case 8: pen.Attributes |= CellAttributes.Hidden; break;
                case 9: pen.Attributes |= CellAttributes.Strikethrough; break;
                case 21: pen.Underline = UnderlineStyle.Double; break;
                case 22: pen.Attributes &= ~(CellAttributes.Bold | CellAttributes.Faint); break;
                case 23: pen.Attributes &= ~CellAttributes.Italic; break;
                case 24: pen.Underline = UnderlineStyle.None; break;
                case 25: pen.Attributes &= ~CellAttributes.Blink; break;
                case 27: pen.Attributes &= ~CellAttributes.Inverse; break;
                case 28: pen.Attributes &= ~CellAttributes.Hidden; break;
                case 29: pen.Attributes &= ~CellAttributes.Strikethrough; break;
                case >= 30 and <= 37: pen.Foreground = Color.Indexed(code - 30); break;
                case 38: next = ExtendedColor(p, i, next - i - 1, ref pen.Foreground); break;
                case 39: pen.Foreground = Color.Default; break;
                case >= 40 and <= 47: pen.Background = Color.Indexed(code - 40); break;
                case 48: next = ExtendedColor(p, i, next - i - 1, ref pen.Background); break;
                case 49: pen.Background = Color.Default; break;
                case 53: pen.Attributes |= CellAttributes.Overline; break;
                case 55: pen.Attributes &= ~CellAttributes.Overline; break;
                case 58: next = ExtendedColor(p, i, next - i - 1, ref pen.UnderlineColor); break;
                case 59: pen.UnderlineColor = Color.Default; break;
                case >= 90 and <= 97: pen.Foreground = Color.Indexed(code - 90 + 8); break;
                case >= 100 and <= 107: pen.Background = Color.Indexed(code - 100 + 8); break;
                // 10–19 fonts, 26, 50–52, 60–65, 73–75: not supported, ignored.
            }
            i = next;
        }
        pen.Changed();
    }

    /// <summary>SGR 0: colours and renditions off; DECSCA protection and the hyperlink are not SGR and stay.</summary>
    internal static void Reset(Pen pen)
    {
        pen.Foreground = Color.Default;
        pen.Background = Color.Default;
        pen.UnderlineColor = Color.Default;
        pen.Attributes &= CellAttributes.Protected;
        pen.Underline = UnderlineStyle.None;
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
