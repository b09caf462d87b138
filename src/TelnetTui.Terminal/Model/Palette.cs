namespace TelnetTui.Terminal.Model;

/// <summary>RGB values for the 256 indexed colours, for renderers that need them (the screen stores indexes).</summary>
public sealed class Palette
{
    private readonly (byte R, byte G, byte B)[] _entries;

    private Palette((byte, byte, byte)[] entries) => _entries = entries;

    public (byte R, byte G, byte B) this[int index] => _entries[index];

    /// <summary>xterm's default 16 colours, the 6×6×6 cube and the grey ramp.</summary>
    public static Palette Xterm { get; } = Build(
    [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]);

    /// <summary>
    /// The IBM CGA/VGA text colours BBS art was drawn with: colour 3 is brown (#AA5500), not dark yellow,
    /// because the CGA monitor halves the green of that one colour.
    /// </summary>
    public static Palette Cga { get; } = Build(
    [
        (0x00, 0x00, 0x00), (0xAA, 0x00, 0x00), (0x00, 0xAA, 0x00), (0xAA, 0x55, 0x00), (0x00, 0x00, 0xAA), (0xAA, 0x00, 0xAA), (0x00, 0xAA, 0xAA), (0xAA, 0xAA, 0xAA),
        (0x55, 0x55, 0x55), (0xFF, 0x55, 0x55), (0x55, 0xFF, 0x55), (0xFF, 0xFF, 0x55), (0x55, 0x55, 0xFF), (0xFF, 0x55, 0xFF), (0x55, 0xFF, 0xFF), (0xFF, 0xFF, 0xFF),
    ]);

    private static Palette Build((byte, byte, byte)[] first16)
    {
        var entries = new (byte, byte, byte)[256];
        first16.CopyTo(entries, 0);
        ReadOnlySpan<byte> levels = [0, 95, 135, 175, 215, 255];
        for (var i = 0; i < 216; i++)
            entries[16 + i] = (levels[i / 36], levels[i / 6 % 6], levels[i % 6]);
        for (var i = 0; i < 24; i++)
        {
            var v = (byte)(8 + i * 10);
            entries[232 + i] = (v, v, v);
        }
        return new Palette(entries);
    }
}
