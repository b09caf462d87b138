using TelnetTui.Terminal.Model;

namespace TelnetTui.Terminal.Tests.Model;

/// <summary>Styles and cells print for logs and assertion messages (the record printing used to recurse through ColorsOnly).</summary>
public class StyleTests
{
    [Fact]
    public void A_style_prints_its_components_once()
    {
        var style = new Style(Color.Indexed(1), Color.Rgb(0x10, 0x20, 0x30), CellAttributes.Bold, UnderlineStyle.Single, Color.Indexed(4), 7);
        Assert.Equal(
            "Style { Foreground = 1, Background = #102030, Attributes = Bold, Underline = Single, UnderlineColor = 4, HyperlinkId = 7 }",
            style.ToString());
    }

    [Fact]
    public void A_cell_prints_its_text_width_and_style()
    {
        var t = new VirtualTerminal(new TerminalOptions { Columns = 10, Rows = 2 });
        t.Feed("\e[31mA"u8);
        var cells = new Cell[10];
        t.Screen.ReadLine(0, cells);
        Assert.Equal(
            "'A' w1 Style { Foreground = 1, Background = default, Attributes = None, Underline = None, UnderlineColor = default, HyperlinkId = 0 }",
            cells[0].ToString());
    }

    [Fact]
    public void The_colours_only_style_prints_too()
    {
        var style = new Style(Color.Indexed(2), Color.Default, CellAttributes.Italic);
        Assert.Contains("Attributes = None", style.ColorsOnly.ToString());
    }
}
