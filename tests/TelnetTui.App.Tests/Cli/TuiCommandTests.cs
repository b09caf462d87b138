using TelnetTui.App.Tests.Support;
using TelnetTui.Cli;

namespace TelnetTui.App.Tests.Cli;

/// <summary>
/// DESIGN.md's command-line contract for the TUI: `telnettui [HOST [PORT]]` with the common options; exit 2
/// for bad usage and for a bad config.toml or theme, each problem named with its file:line:col, before the
/// screen is touched.
/// </summary>
public sealed class TuiCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int Code, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, error.ToString());
    }

    [Theory]
    [InlineData("unknown encoding 'nope'", "--encoding", "nope")]
    [InlineData("unrecognized option '--no-such-option'", "--no-such-option")]
    [InlineData("PORT must be between 1 and 65535", "mud.example", "70000", "--config", "/nonexistent/config.toml")]
    [InlineData("only telnet:// and telnets://", "ftp://mud.example")]
    [InlineData("--demo connects to the built-in demo server", "--demo", "mud.example")]
    [InlineData("--cols and --rows go together", "--cols", "80", "mud.example")]
    [InlineData("--cols must be between 1 and 2048", "--cols", "0", "--rows", "25")]
    [InlineData("is not a terminal type", "--term", "has space")]
    [InlineData("no such file", "--config", "/nonexistent/telnettui/config.toml")]
    public void Bad_usage_exits_2_and_says_why(string message, params string[] args)
    {
        var (code, error) = Run(args);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public void A_bad_setting_exits_2_naming_file_line_and_column()
    {
        var config = _folder.Write("cfg/config.toml", "[ui]\ntheme = \"default\"\nscrollback_lines = -5\n");
        var (code, error) = Run("--config", config);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"{config}:3:20: ui.scrollback_lines: -5 is out of range (0 to 1000000)", error);
    }

    [Fact]
    public void A_config_that_is_not_TOML_exits_2_with_its_place_and_is_left_alone()
    {
        const string text = "[ui]\ntheme = \"default\"\nkeys = [\n";
        var config = _folder.Write("cfg/config.toml", text);
        var (code, error) = Run("--config", config);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"{config}:3:8: this array is not closed with ']' before the end of the file", error);
        Assert.DoesNotContain("running on default settings", error); // it does not run
        Assert.Equal(text, File.ReadAllText(config));
    }

    [Fact]
    public void An_unknown_theme_exits_2_and_lists_the_themes_there_are()
    {
        var config = _folder.Write("cfg/config.toml", "[ui]\ntheme = \"neon\"\n");
        var (code, error) = Run("--config", config);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("theme 'neon' not found", error);
        Assert.Contains("available: classic-cga, default, high-contrast", error);
    }

    [Fact]
    public void A_theme_with_a_bad_style_exits_2_naming_its_line()
    {
        var config = _folder.Write("cfg/config.toml", "[ui]\ntheme = \"mine\"\n");
        var theme = _folder.Write("cfg/themes/mine.toml", "name = \"Mine\"\n[styles]\n\"status\" = \"black on purple\"\n");
        var (code, error) = Run("--config", config);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"{theme}:3:12: styles.status:", error);
        Assert.Contains("'on' must be followed by a background colour in 'black on purple'", error);
    }
}
