using System.Text;
using TelnetTui.Terminal.Output;
using TelnetTui.Terminal.Tests.Bbs;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Terminal.Tests.Output;

/// <summary>What `telnettui view` prints, rendered in memory.</summary>
public class ViewRendererTests
{
    private static string Render(byte[] file, ViewRequest request)
    {
        var output = new StringWriter();
        ViewRenderer.Render(new MemoryStream(file), request, output);
        return output.ToString();
    }

    [Fact]
    public void Text_format_prints_every_row_trimmed()
    {
        var text = Render("one\ntwo   \n\tthree"u8.ToArray(), new ViewRequest { Columns = 20, Rows = 4 });
        Assert.Equal("one\ntwo\n        three\n\n", text);
    }

    [Fact]
    public void Scrollback_prints_lines_that_scrolled_off()
    {
        var file = Encoding.ASCII.GetBytes(string.Join("\n", Enumerable.Range(1, 6)));
        Assert.Equal("5\n6\n", Render(file, new ViewRequest { Columns = 10, Rows = 2 }));
        Assert.Equal("1\n2\n3\n4\n5\n6\n", Render(file, new ViewRequest { Columns = 10, Rows = 2, IncludeScrollback = true }));
    }

    [Fact]
    public void Sauce_sets_size_and_cp437_and_is_not_drawn()
    {
        var art = SauceTests.ArtFile([0xDB, 0xB1, 0x01, 0x0D, 0x0A, (byte)'x'], width: 40, lines: 2);
        var text = Render(art, new ViewRequest());
        Assert.Equal("\u2588\u2592\u263a\nx\n", text);
    }

    [Fact]
    public void A_final_line_feed_does_not_scroll_sauce_sized_art()
    {
        var art = SauceTests.ArtFile("top\r\nbottom\r\n"u8.ToArray(), width: 10, lines: 2);
        Assert.Equal("top\nbottom\n", Render(art, new ViewRequest()));
    }

    [Fact]
    public void Ansi_extension_means_cp437()
    {
        Assert.Equal("\u2591\n", Render([0xB0], new ViewRequest { Rows = 1, FileName = "ART.ANS" }));
        Assert.Equal("\uFFFD\n", Render([0xB0], new ViewRequest { Rows = 1, FileName = "notes.txt" }));
        Assert.Equal("\u00b0\n", Render([0xB0], new ViewRequest { Rows = 1, Encoding = TerminalEncoding.Get("latin1") }));
    }

    [Fact]
    public void Ansi_format_writes_colours()
    {
        var ansi = Render("a\e[1;31mb\e[0mc"u8.ToArray(), new ViewRequest { Columns = 10, Rows = 1, Ansi = true });
        Assert.Equal("a\e[0;1;31mb\e[0mc\n", ansi);
    }

    [Fact]
    public void Ansi_format_in_cp437_uses_cga_rgb_with_brown()
    {
        var ansi = Render("\e[33mx"u8.ToArray(), new ViewRequest { Columns = 10, Rows = 1, Ansi = true, Encoding = TerminalEncoding.Cp437 });
        Assert.Equal("\e[0;38;2;170;85;0;48;2;0;0;0mx\e[0m\n", ansi);
    }

    [Fact]
    public void Sauce_ice_flag_turns_blink_into_bright_background()
    {
        var art = SauceTests.ArtFile("\e[5;44mX"u8.ToArray(), width: 10, lines: 1, flags: 1);
        var ansi = Render(art, new ViewRequest { Ansi = true });
        Assert.Contains("48;2;85;85;255", ansi); // CGA bright blue background, no blink
        Assert.DoesNotContain(";5;", ansi);
    }
}
