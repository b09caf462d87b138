namespace TelnetTui.Tui.Rendering;

/// <summary>
/// Maps colours down to what the terminal shows. RGB goes to the nearest entry of the xterm 6×6×6 cube or
/// grey ramp (index 16–255) or of the 16 ANSI colours; palette entries above 15 go to the nearest ANSI colour.
/// Distances are weighted by the eye's sensitivity (the "redmean" approximation).
/// </summary>
public static class ColorMapper
{
    private static readonly byte[] CubeLevels = [0x00, 0x5F, 0x87, 0xAF, 0xD7, 0xFF];

    /// <summary>xterm's default RGB for the 16 ANSI colours.</summary>
    private static readonly int[] Ansi16Rgb =
    [
        0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD, 0xE5E5E5,
        0x7F7F7F, 0xFF0000, 0x00FF00, 0xFFFF00, 0x5C5CFF, 0xFF00FF, 0x00FFFF, 0xFFFFFF,
    ];

    public static Color Map(Color color, ColorDepth depth)
    {
        switch (depth)
        {
            case ColorDepth.TrueColor:
                return color;
            case ColorDepth.Monochrome:
                return Color.Default;
            case ColorDepth.Ansi256:
                return color.Kind == ColorKind.Rgb ? Color.FromIndex(RgbTo256(color.R, color.G, color.B)) : color;
            default:
                if (color.Kind == ColorKind.Rgb)
                    return Color.FromIndex(RgbTo16(color.R, color.G, color.B));
                if (color.Kind == ColorKind.Indexed && color.Index >= 16)
                {
                    var rgb = PaletteRgb(color.Index);
                    return Color.FromIndex(RgbTo16((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb));
                }
                return color;
        }
    }

    public static Style Map(Style style, ColorDepth depth) =>
        depth == ColorDepth.TrueColor ? style : new Style(Map(style.Foreground, depth), Map(style.Background, depth), style.Attributes);

    /// <summary>The RGB value (0xRRGGBB) of a 256-colour palette entry as xterm sets it up.</summary>
    public static int PaletteRgb(int index)
    {
        if (index < 16)
            return Ansi16Rgb[index];
        if (index < 232)
        {
            var i = index - 16;
            return (CubeLevels[i / 36] << 16) | (CubeLevels[i / 6 % 6] << 8) | CubeLevels[i % 6];
        }
        var v = 8 + (index - 232) * 10;
        return (v << 16) | (v << 8) | v;
    }

    /// <summary>The nearest cube or grey-ramp entry (16–255).</summary>
    public static byte RgbTo256(byte r, byte g, byte b)
    {
        int ri = CubeIndex(r), gi = CubeIndex(g), bi = CubeIndex(b);
        var cube = 16 + 36 * ri + 6 * gi + bi;
        var cubeDistance = Distance(r, g, b, CubeLevels[ri], CubeLevels[gi], CubeLevels[bi]);
        var average = (r + g + b) / 3;
        var grey = Math.Clamp((average - 3) / 10, 0, 23);
        // The ramp steps by 10 from 8: also try the step above, the division rounds down.
        var bestGrey = grey;
        var bestGreyDistance = int.MaxValue;
        for (var k = grey; k <= Math.Min(grey + 1, 23); k++)
        {
            var level = 8 + k * 10;
            var d = Distance(r, g, b, level, level, level);
            if (d < bestGreyDistance)
            {
                bestGreyDistance = d;
                bestGrey = k;
            }
        }
        return bestGreyDistance < cubeDistance ? (byte)(232 + bestGrey) : (byte)cube;
    }

    /// <summary>The nearest of the 16 ANSI colours (by xterm's default palette).</summary>
    public static byte RgbTo16(byte r, byte g, byte b)
    {
        var best = 0;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < Ansi16Rgb.Length; i++)
        {
            var c = Ansi16Rgb[i];
            var d = Distance(r, g, b, (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = i;
            }
        }
        return (byte)best;
    }

    private static int CubeIndex(int v) => v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40;

    // "redmean" weighted Euclidean distance (squared, scaled by 256 to stay in integers).
    private static int Distance(int r1, int g1, int b1, int r2, int g2, int b2)
    {
        var rmean = (r1 + r2) / 2;
        int dr = r1 - r2, dg = g1 - g2, db = b1 - b2;
        return ((512 + rmean) * dr * dr >> 8) + 4 * dg * dg + ((767 - rmean) * db * db >> 8);
    }
}
