namespace TelnetTui.Terminal.Model;

/// <summary>A cell colour: the terminal's default, one of 256 palette entries (0–15 the ANSI colours), or 24-bit RGB.</summary>
public readonly struct Color : IEquatable<Color>
{
    private const uint KindShift = 24;
    private readonly uint _value;

    private Color(uint value) => _value = value;

    public static Color Default => default;

    public static Color Indexed(int index) => new(((uint)ColorKind.Indexed << (int)KindShift) | (uint)(byte)index);

    public static Color Rgb(byte r, byte g, byte b) => new(((uint)ColorKind.Rgb << (int)KindShift) | ((uint)r << 16) | ((uint)g << 8) | b);

    public ColorKind Kind => (ColorKind)(_value >> (int)KindShift);

    public bool IsDefault => Kind == ColorKind.Default;

    /// <summary>Palette index (valid when <see cref="Kind"/> is Indexed).</summary>
    public int Index => (int)(_value & 0xFF);

    /// <summary>The RGB value as 0xRRGGBB (meaningful for <see cref="ColorKind.Rgb"/>).</summary>
    internal uint Rgb24 => _value & 0xFFFFFF;

    public byte R => (byte)(_value >> 16);
    public byte G => (byte)(_value >> 8);
    public byte B => (byte)_value;

    public bool Equals(Color other) => _value == other._value;
    public override bool Equals(object? obj) => obj is Color c && Equals(c);
    public override int GetHashCode() => (int)_value;
    public static bool operator ==(Color a, Color b) => a._value == b._value;
    public static bool operator !=(Color a, Color b) => a._value != b._value;

    public override string ToString() => Kind switch
    {
        ColorKind.Default => "default",
        ColorKind.Indexed => Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => $"#{R:x2}{G:x2}{B:x2}",
    };
}

public enum ColorKind : byte
{
    Default,
    Indexed,
    Rgb,
}
