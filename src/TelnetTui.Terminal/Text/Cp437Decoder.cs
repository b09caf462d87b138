using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TelnetTui.Terminal.Text;

/// <summary>
/// CP437 through <see cref="Cp437"/>'s glyph table. In ANSI-BBS use the C0 bytes print as glyphs
/// (☺☻♥…), except the ones ANSI.SYS acts on: NUL (dropped later), BEL, BS, HT, LF, FF, CR and ESC.
/// </summary>
public sealed class Cp437Decoder : TextDecoder
{
    private readonly char[] _map = new char[256];

    /// <param name="glyphControls">True for ANSI-BBS: C0 bytes other than the ANSI.SYS controls and DEL show as glyphs.</param>
    public Cp437Decoder(bool glyphControls = true)
    {
        for (var i = 0; i < 256; i++)
            _map[i] = Cp437.ToChar((byte)i);
        if (glyphControls)
        {
            foreach (var control in AnsiSysControls)
                _map[control] = (char)control;
        }
        else
        {
            for (var i = 0; i < 0x20; i++)
                _map[i] = (char)i;
            _map[0x7F] = (char)0x7F;
        }
    }

    /// <summary>The C0 bytes that stay controls in ANSI-BBS mode (ANSI.SYS acts on these).</summary>
    public static ReadOnlySpan<byte> AnsiSysControls => [0x00, 0x07, 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x1B];

    public override int Decode(ReadOnlySpan<byte> source, Span<char> destination, out int bytesConsumed)
    {
        var n = Math.Min(source.Length, destination.Length);
        ref var map = ref MemoryMarshal.GetArrayDataReference(_map);
        ref var src = ref MemoryMarshal.GetReference(source);
        ref var dst = ref MemoryMarshal.GetReference(destination);
        for (var i = 0; i < n; i++)
            Unsafe.Add(ref dst, i) = Unsafe.Add(ref map, Unsafe.Add(ref src, i)); // a byte indexes the 256-entry table: always in range
        bytesConsumed = n;
        return n;
    }
}
