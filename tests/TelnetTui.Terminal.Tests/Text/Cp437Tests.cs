using System.Text;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Terminal.Tests.Text;

/// <summary>Our CP437 glyph table, checked against .NET's IBM437 where they must agree and where they must not.</summary>
public class Cp437Tests
{
    static Cp437Tests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Printable_ascii_and_the_upper_half_agree_with_ibm437()
    {
        var ibm437 = Encoding.GetEncoding(437);
        for (var b = 0x20; b <= 0xFF; b++)
        {
            if (b == 0x7F)
                continue;
            Assert.Equal(ibm437.GetString([(byte)b])[0], Cp437.ToChar((byte)b));
        }
    }

    [Fact]
    public void C0_bytes_and_del_are_the_pc_glyphs_not_controls()
    {
        Assert.Equal("\u263A\u263B\u2665\u2666\u2663\u2660\u2022\u25D8\u25CB\u25D9\u2642\u2640\u266A\u266B\u263C",
            new string(Enumerable.Range(1, 15).Select(b => Cp437.ToChar((byte)b)).ToArray()));
        Assert.Equal('\u2302', Cp437.ToChar(0x7F));
        Assert.Equal('\u2192', Cp437.ToChar(0x1A));
        // .NET's IBM437 decodes these as the control characters themselves.
        Assert.Equal('\u0001', Encoding.GetEncoding(437).GetString([0x01])[0]);
    }

    [Fact]
    public void Every_byte_round_trips()
    {
        for (var b = 0; b < 256; b++)
        {
            Assert.True(Cp437.TryEncode(Cp437.ToChar((byte)b), out var back));
            Assert.Equal(b, back);
        }
    }

    [Fact]
    public void Typed_letters_encode_to_their_cp437_bytes()
    {
        var bytes = new byte[8];
        var n = Cp437.Encode("äöüß£", bytes);
        Assert.Equal(new byte[] { 0x84, 0x94, 0x81, 0xE1, 0x9C }, bytes[..n]);
    }

    [Fact]
    public void Control_keys_encode_to_themselves()
    {
        Assert.True(Cp437.TryEncode('\u0001', out var ctrlA));
        Assert.Equal(0x01, ctrlA);
        Assert.True(Cp437.TryEncode('\u001b', out var esc));
        Assert.Equal(0x1B, esc);
    }

    [Fact]
    public void Characters_outside_the_table_are_not_best_fitted()
    {
        var bytes = new byte[8];
        var n = Cp437.Encode("\u0101\u20ac\U0001F600", bytes); // ā € 😀
        Assert.Equal("???"u8.ToArray(), bytes[..n]);
        // .NET's own IBM437 encoder would best-fit ā to 'a'.
        Assert.Equal((byte)'a', Encoding.GetEncoding(437).GetBytes("\u0101")[0]);
    }

    [Fact]
    public void Decoder_keeps_ansi_sys_controls_and_maps_the_rest()
    {
        var decoder = new Cp437Decoder(glyphControls: true);
        var chars = new char[16];
        var n = decoder.Decode([0x1B, 0x07, 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x00, 0x01, 0x1A, 0xB0], chars, out _);
        Assert.Equal("\u001b\a\b\t\n\f\r\0\u263A\u2192\u2591", new string(chars, 0, n));
        var plain = new Cp437Decoder(glyphControls: false);
        n = plain.Decode([0x01, 0x7F, 0xB0], chars, out _);
        Assert.Equal("\u0001\u007f\u2591", new string(chars, 0, n));
    }
}
