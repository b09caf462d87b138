using TelnetTui.App.Tests.Support;
using TelnetTui.Core.Settings;
using TelnetTui.Core.Themes;
using TelnetTui.Testing;
using TelnetTui.Themes;
using TelnetTui.Tui;

namespace TelnetTui.App.Tests.Themes;

/// <summary>themes/*.toml: read with our TOML reader, every style name known and every style valid; problems located.</summary>
public class ThemeTests
{
    public static TheoryData<string> Shipped() => new(Directory.GetFiles(SharedData.InRepo("themes"), "*.toml").Select(Path.GetFileNameWithoutExtension).OfType<string>());

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Each_shipped_theme_loads_without_a_problem_and_sets_every_style(string name)
    {
        var result = ThemeLoader.Load(name, [SharedData.InRepo("themes")]);
        Assert.Empty(result.Diagnostics);
        var file = ThemeReader.ReadFile(SharedData.InRepo(Path.Combine("themes", name + ".toml")));
        Assert.Equal(AppTheme.Names.Order(StringComparer.OrdinalIgnoreCase), file.Styles.Select(s => s.Name).Order(StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_three_themes_the_issue_asks_for_are_there()
    {
        var names = ThemeLoader.Available([SharedData.InRepo("themes")]);
        Assert.Contains("default", names);
        Assert.Contains("high-contrast", names);
        Assert.Contains("classic-cga", names);
    }

    [Fact]
    public void Classic_CGA_draws_ANSI_colours_in_the_CGA_palette()
    {
        var theme = ThemeLoader.Load("classic-cga", [SharedData.InRepo("themes")]).Theme;
        Assert.Equal(Color.FromRgb(0xAA, 0x55, 0x00), theme.MapColor(Color.Yellow)); // CGA brown, not dark yellow
        Assert.Equal(Color.FromRgb(0x55, 0x55, 0xFF), theme.MapColor(Color.BrightBlue));
        theme.ApplyPaletteToStyles();
        Assert.Equal(Color.FromRgb(0x00, 0x00, 0xAA), theme.Ui.Text.Background);
    }

    [Fact]
    public void Problems_in_a_theme_file_are_located()
    {
        const string text = "name = \"Broken\"\n[styles]\n\"border\" = \"bold greenish\"\n\"sparkle\" = \"red\"\n\"text\" = 5\n[palette]\ncolours = [\"#000000\"]\n";
        var file = ThemeReader.Read(text, "broken.toml");
        var (_, diagnostics) = ThemeLoader.Map(file, "broken.toml");
        var lines = diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(lines, l => l.StartsWith("broken.toml:3:12: styles.border: 'greenish' is neither an attribute", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("broken.toml:4:13: warning: styles.sparkle: unknown style name", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("broken.toml:5:10: styles.text: expected a string", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("broken.toml:7:11: palette.colours: a palette has exactly 16 colours", StringComparison.Ordinal));
    }

    [Fact]
    public void Local_echo_colour_becomes_the_SGR_the_session_writes()
    {
        Assert.Equal("93", TelnetTui.App.SgrText.From(new Style(Color.BrightYellow)));
        Assert.Equal("1;4;38;2;1;2;3;44", TelnetTui.App.SgrText.From(new Style(Color.FromRgb(1, 2, 3), Color.Blue, TextAttributes.Bold | TextAttributes.Underline)));
        Assert.Equal("0", TelnetTui.App.SgrText.From(default));
    }

    [Fact]
    public async Task A_user_theme_beside_the_config_wins_over_the_shipped_one()
    {
        using var folder = new TempFolder();
        folder.Write("config/telnettui/themes/default.toml", "name = \"Mine\"\n[styles]\n\"status\" = \"white on magenta\"\n");
        var theme = ThemeLoader.Load("default", ThemeLoader.Folders(folder.File("config/telnettui")));
        Assert.Equal("Mine", theme.Theme.Name);
        Assert.Equal(new Style(Color.White, Color.Magenta), theme.Theme.Ui.StatusBar);
        await Task.CompletedTask;
    }
}
