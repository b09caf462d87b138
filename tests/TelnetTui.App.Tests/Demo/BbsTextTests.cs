using System.Text;
using TelnetTui.Demo.Bbs;

namespace TelnetTui.App.Tests.Demo;

/// <summary>The BBS's text in CP437 (through the terminal's glyph table) and CP437 art for UTF-8 callers.</summary>
public class BbsTextTests
{
    [Fact]
    public void Text_is_encoded_through_the_glyph_table_and_glyphs_on_control_bytes_become_question_marks()
    {
        // ╔ 0xC9, ♥ 0x03, é 0x82; ♪ is 0x0D (CR, acted on by the terminal) and € has no CP437 byte.
        Assert.Equal([0xC9, 0x03, (byte)'?', 0x82, (byte)'?', (byte)'A', 0x1B], BbsText.Encode("╔♥♪é€A\u001b"));
    }

    [Fact]
    public void Art_for_UTF8_keeps_ASCII_and_controls_and_shows_every_other_byte_as_its_glyph()
    {
        byte[] art = [0x01, 0x1B, (byte)'[', (byte)'m', 0xB0, 0x7F, 0x0D, 0x0A, 0x0C];
        Assert.Equal("☺\u001b[m░⌂\r\n♀", Encoding.UTF8.GetString(BbsText.ToUtf8(art)));
    }

    [Fact]
    public void The_chart_shows_a_blank_for_NUL()
    {
        Assert.Equal(' ', BbsText.Glyph(0));
        Assert.Equal('☻', BbsText.Glyph(2));
    }
}
