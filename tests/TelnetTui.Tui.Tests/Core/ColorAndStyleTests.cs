namespace TelnetTui.Tui.Tests.Core;

/// <summary>Colours and styles as theme files write them (names, indexes, #rgb; "bold yellow on blue").</summary>
public class ColorAndStyleTests
{
    [Theory]
    [InlineData("default", ColorKind.Default, 0)]
    [InlineData("red", ColorKind.Indexed, 1)]
    [InlineData("Bright-Red", ColorKind.Indexed, 9)]
    [InlineData("brightblue", ColorKind.Indexed, 12)]
    [InlineData("light_cyan", ColorKind.Indexed, 14)]
    [InlineData("grey", ColorKind.Indexed, 8)]
    [InlineData("bright gray", ColorKind.Indexed, 7)]
    [InlineData("208", ColorKind.Indexed, 208)]
    [InlineData("#ff8800", ColorKind.Rgb, 0xff8800)]
    [InlineData("#f80", ColorKind.Rgb, 0xff8800)]
    public void Colors_parse(string text, ColorKind kind, int value)
    {
        Assert.True(Color.TryParse(text, out var color));
        Assert.Equal(kind, color.Kind);
        var actual = kind == ColorKind.Rgb ? (color.R << 16) | (color.G << 8) | color.B : kind == ColorKind.Indexed ? color.Index : 0;
        Assert.Equal(value, actual);
    }

    [Theory]
    [InlineData("")]
    [InlineData("256")]
    [InlineData("#12345")]
    [InlineData("#gggggg")]
    [InlineData("purple")]
    public void Bad_colors_are_rejected(string text)
    {
        Assert.False(Color.TryParse(text, out _));
        var e = Assert.Throws<FormatException>(() => Color.Parse(text));
        Assert.Contains(text, e.Message);
    }

    [Fact]
    public void Colors_print_as_they_parse()
    {
        foreach (var text in new[] { "default", "red", "bright-white", "42", "#0a0b0c" })
            Assert.Equal(text, Color.Parse(text).ToString());
    }

    [Fact]
    public void A_style_parses_attributes_foreground_and_background()
    {
        var style = Style.Parse("bold underline yellow on blue");
        Assert.Equal(new Style(Color.Yellow, Color.Blue, TextAttributes.Bold | TextAttributes.Underline), style);
        Assert.Equal(new Style(default, Color.FromIndex(236), TextAttributes.Reverse), Style.Parse("reverse on 236"));
        Assert.Equal(Style.Default, Style.Parse(""));
    }

    [Theory]
    [InlineData("bold on", "'on' must be followed")]
    [InlineData("blinky red", "'blinky'")]
    [InlineData("red green", "'green'")]
    public void Bad_styles_name_the_problem(string text, string expected)
    {
        Assert.False(Style.TryParse(text, out _, out var error));
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Theme_applies_known_names_and_reports_unknown_ones()
    {
        var theme = new Theme();
        var errors = theme.Apply([new("selection", "black on yellow"), new("nonsense", "red"), new("error", "bold purple")]);
        Assert.Equal(new Style(Color.Black, Color.Yellow), theme.Selection);
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("'nonsense' is unknown"));
        Assert.Contains(errors, e => e.Contains("'error'") && e.Contains("purple"));
        Assert.Contains("border.focused", Theme.Names);
    }
}
