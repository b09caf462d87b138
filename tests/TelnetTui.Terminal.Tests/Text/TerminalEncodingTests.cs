using TelnetTui.Terminal.Text;

namespace TelnetTui.Terminal.Tests.Text;

/// <summary>Encodings by name, both directions.</summary>
public class TerminalEncodingTests
{
    [Theory]
    [InlineData("utf-8", "utf-8")]
    [InlineData("UTF8", "utf-8")]
    [InlineData("cp437", "cp437")]
    [InlineData("IBM437", "cp437")]
    [InlineData("latin1", "iso-8859-1")]
    [InlineData("iso-8859-15", "iso-8859-15")]
    [InlineData("cp1252", "windows-1252")]
    [InlineData("windows-1251", "windows-1251")]
    [InlineData("koi8-r", "koi8-r")]
    [InlineData("big5", "big5")]
    [InlineData("gbk", "gb2312")]
    [InlineData("shift_jis", "shift_jis")]
    public void Known_names_resolve(string name, string canonical) => Assert.Equal(canonical, TerminalEncoding.Get(name).Name);

    [Fact]
    public void An_unknown_name_is_a_clear_error()
    {
        var e = Assert.Throws<ArgumentException>(() => TerminalEncoding.Get("klingon"));
        Assert.Contains("unknown encoding 'klingon'", e.Message);
        Assert.False(TerminalEncoding.TryGet("utf-16", out _));
    }

    [Fact]
    public void Only_iso_8859_sets_carry_c1_controls()
    {
        Assert.True(TerminalEncoding.Get("latin1").C1Controls);
        Assert.False(TerminalEncoding.Get("cp1252").C1Controls);
        Assert.False(TerminalEncoding.Utf8.C1Controls);
        Assert.False(TerminalEncoding.Cp437.C1Controls);
    }

    [Fact]
    public void Typed_text_is_encoded_without_best_fit()
    {
        Assert.Equal([0x84], TerminalEncoding.Cp437.Encode("ä"));
        Assert.Equal([0xE4], TerminalEncoding.Get("latin1").Encode("ä"));
        Assert.Equal("?"u8.ToArray(), TerminalEncoding.Get("cp1252").Encode("\u0101"));
        Assert.Equal("\u00e4"u8.ToArray(), TerminalEncoding.Utf8.Encode("ä"));
    }

    [Fact]
    public void A_double_byte_character_split_across_reads_decodes_once()
    {
        var decoder = TerminalEncoding.Get("big5").CreateDecoder();
        var chars = new char[16];
        var n1 = decoder.Decode([0xA4], chars, out var used1);
        var n2 = decoder.Decode([0xA4], chars.AsSpan(n1), out var used2);
        Assert.Equal((1, 1), (used1, used2));
        Assert.Equal("\u4e2d", new string(chars, 0, n1 + n2));
    }
}
