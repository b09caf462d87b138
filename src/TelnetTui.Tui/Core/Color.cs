using System.Globalization;

namespace TelnetTui.Tui;

/// <summary>What a <see cref="Color"/> holds.</summary>
public enum ColorKind : byte
{
    /// <summary>The terminal's own default foreground or background (SGR 39/49).</summary>
    Default = 0,
    /// <summary>A palette index: 0–15 the ANSI colours, 16–255 the xterm cube and grey ramp.</summary>
    Indexed = 1,
    /// <summary>24-bit colour (SGR 38;2;r;g;b).</summary>
    Rgb = 2,
}

/// <summary>A terminal colour: default, one of 256 palette entries, or RGB. Four bytes, compared by value.</summary>
public readonly struct Color : IEquatable<Color>
{
    private readonly uint _packed; // kind in the top byte, index or 0xRRGGBB below

    private Color(ColorKind kind, uint value) => _packed = ((uint)kind << 24) | (value & 0xFFFFFF);

    public ColorKind Kind => (ColorKind)(_packed >> 24);
    /// <summary>The palette index (meaningful when <see cref="Kind"/> is Indexed).</summary>
    public byte Index => (byte)_packed;
    public byte R => (byte)(_packed >> 16);
    public byte G => (byte)(_packed >> 8);
    public byte B => (byte)_packed;
    public bool IsDefault => _packed == 0;

    public static Color Default => default;
    public static Color FromIndex(int index) => new(ColorKind.Indexed, (uint)(byte)index);
    public static Color FromRgb(byte r, byte g, byte b) => new(ColorKind.Rgb, ((uint)r << 16) | ((uint)g << 8) | b);
    public static Color FromRgb(int rgb) => new(ColorKind.Rgb, (uint)rgb);

    public static Color Black => FromIndex(0);
    public static Color Red => FromIndex(1);
    public static Color Green => FromIndex(2);
    public static Color Yellow => FromIndex(3);
    public static Color Blue => FromIndex(4);
    public static Color Magenta => FromIndex(5);
    public static Color Cyan => FromIndex(6);
    public static Color White => FromIndex(7);
    public static Color BrightBlack => FromIndex(8);
    public static Color BrightRed => FromIndex(9);
    public static Color BrightGreen => FromIndex(10);
    public static Color BrightYellow => FromIndex(11);
    public static Color BrightBlue => FromIndex(12);
    public static Color BrightMagenta => FromIndex(13);
    public static Color BrightCyan => FromIndex(14);
    public static Color BrightWhite => FromIndex(15);

    private static readonly string[] Names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"];

    /// <summary>
    /// Parses "default", an ANSI name ("red", "bright-red", "gray"), a palette index ("208"),
    /// or "#rrggbb" / "#rgb". Names are case-insensitive; '-', '_' and ' ' after "bright" are optional.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Color color)
    {
        color = default;
        text = text.Trim();
        if (text.IsEmpty)
            return false;
        if (text.Equals("default", StringComparison.OrdinalIgnoreCase) || text.Equals("reset", StringComparison.OrdinalIgnoreCase))
            return true;
        if (text[0] == '#')
            return TryParseHex(text[1..], out color);
        if (char.IsAsciiDigit(text[0]))
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index > 255)
                return false;
            color = FromIndex(index);
            return true;
        }
        Span<char> lower = stackalloc char[Math.Min(text.Length, 32)];
        if (text.Length > lower.Length)
            return false;
        text.ToLowerInvariant(lower);
        ReadOnlySpan<char> name = lower;
        var bright = false;
        if (name.StartsWith("bright") || name.StartsWith("light"))
        {
            bright = true;
            name = name[(name[0] == 'b' ? 6 : 5)..].TrimStart("-_ ");
        }
        if (name is "gray" or "grey")
        {
            color = FromIndex(bright ? 7 : 8);
            return true;
        }
        for (var i = 0; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                color = FromIndex(bright ? i + 8 : i);
                return true;
            }
        }
        return false;
    }

    public static Color Parse(string text) =>
        TryParse(text, out var color) ? color : throw new FormatException($"'{text}' is not a colour (a name like red or bright-blue, 0-255, #rrggbb or default)");

    private static bool TryParseHex(ReadOnlySpan<char> hex, out Color color)
    {
        color = default;
        if (!uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v))
            return false;
        if (hex.Length == 6)
        {
            color = FromRgb((int)v);
            return true;
        }
        if (hex.Length == 3)
        {
            uint r = (v >> 8) & 0xF, g = (v >> 4) & 0xF, b = v & 0xF;
            color = FromRgb((byte)(r * 17), (byte)(g * 17), (byte)(b * 17));
            return true;
        }
        return false;
    }

    public bool Equals(Color other) => _packed == other._packed;
    public override bool Equals(object? obj) => obj is Color c && Equals(c);
    public override int GetHashCode() => (int)_packed;
    public static bool operator ==(Color a, Color b) => a._packed == b._packed;
    public static bool operator !=(Color a, Color b) => a._packed != b._packed;

    public override string ToString() => Kind switch
    {
        ColorKind.Default => "default",
        ColorKind.Indexed when Index < 8 => Names[Index],
        ColorKind.Indexed when Index < 16 => "bright-" + Names[Index - 8],
        ColorKind.Indexed => Index.ToString(CultureInfo.InvariantCulture),
        _ => $"#{R:x2}{G:x2}{B:x2}",
    };
}
