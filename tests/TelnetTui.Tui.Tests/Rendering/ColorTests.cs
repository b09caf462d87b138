using TelnetTui.Tui.Rendering;

namespace TelnetTui.Tui.Tests.Rendering;

/// <summary>Colour depth from the environment, and truecolor mapped down to 256 or 16 colours.</summary>
public class ColorTests
{
    [Theory]
    [InlineData("truecolor", "xterm", null, ColorDepth.TrueColor)]
    [InlineData("24bit", "screen", null, ColorDepth.TrueColor)]
    [InlineData(null, "xterm-256color", null, ColorDepth.Ansi256)]
    [InlineData(null, "tmux-256color", null, ColorDepth.Ansi256)]
    [InlineData(null, "xterm-direct", null, ColorDepth.TrueColor)]
    [InlineData(null, "xterm", null, ColorDepth.Ansi16)]
    [InlineData(null, "linux", null, ColorDepth.Ansi16)]
    [InlineData(null, "dumb", null, ColorDepth.Monochrome)]
    [InlineData(null, null, null, ColorDepth.Monochrome)]
    [InlineData("truecolor", "xterm-256color", "1", ColorDepth.Monochrome)]
    public void Depth_follows_COLORTERM_TERM_and_NO_COLOR(string? colorTerm, string? term, string? noColor, ColorDepth expected)
    {
        var env = new Dictionary<string, string?> { ["COLORTERM"] = colorTerm, ["TERM"] = term, ["NO_COLOR"] = noColor };
        Assert.Equal(expected, ColorDepthDetector.Detect(name => env.GetValueOrDefault(name)));
    }

    [Fact]
    public void A_setting_overrides_the_environment()
    {
        Assert.True(ColorDepthDetector.TryParseSetting("16", out var depth));
        Assert.Equal(ColorDepth.Ansi16, ColorDepthDetector.Detect(_ => "truecolor", depth));
        Assert.True(ColorDepthDetector.TryParseSetting("auto", out var auto));
        Assert.Null(auto);
        Assert.False(ColorDepthDetector.TryParseSetting("lots", out _));
    }

    [Theory]
    [InlineData(255, 0, 0, 196, 9)]
    [InlineData(0, 0, 0, 16, 0)]
    [InlineData(255, 255, 255, 231, 15)]
    [InlineData(128, 128, 128, 244, 8)]
    [InlineData(0, 0, 238, 21, 4)]
    [InlineData(95, 135, 175, 67, 8)]
    public void Rgb_maps_to_the_nearest_palette_entry(int r, int g, int b, int ansi256, int ansi16)
    {
        Assert.Equal(ansi256, ColorMapper.RgbTo256((byte)r, (byte)g, (byte)b));
        Assert.Equal(ansi16, ColorMapper.RgbTo16((byte)r, (byte)g, (byte)b));
    }

    [Fact]
    public void Mapping_keeps_what_the_depth_can_show()
    {
        var rgb = Color.FromRgb(1, 2, 3);
        Assert.Equal(rgb, ColorMapper.Map(rgb, ColorDepth.TrueColor));
        Assert.Equal(Color.FromIndex(100), ColorMapper.Map(Color.FromIndex(100), ColorDepth.Ansi256));
        Assert.Equal(Color.Red, ColorMapper.Map(Color.Red, ColorDepth.Ansi16));
        Assert.Equal(Color.BrightRed, ColorMapper.Map(Color.FromIndex(196), ColorDepth.Ansi16));
        Assert.Equal(Color.Default, ColorMapper.Map(Color.Red, ColorDepth.Monochrome));
        Assert.Equal(0x5f87af, ColorMapper.PaletteRgb(67));
        Assert.Equal(0x080808, ColorMapper.PaletteRgb(232));
    }
}
