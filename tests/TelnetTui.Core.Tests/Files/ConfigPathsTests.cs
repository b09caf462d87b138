using TelnetTui.Core.Files;

namespace TelnetTui.Core.Tests.Files;

/// <summary>XDG Base Directory Specification: $XDG_CONFIG_HOME when set and absolute, else ~/.config.</summary>
public class ConfigPathsTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] vars) =>
        name => vars.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Xdg_config_home_is_used_when_set()
    {
        var paths = ConfigPaths.Resolve(Env(("XDG_CONFIG_HOME", "/x/cfg"), ("HOME", "/home/u")));
        Assert.Equal("/x/cfg/telnettui/config.toml", paths.ConfigFile);
        Assert.Equal("/x/cfg/telnettui/book.toml", paths.BookFile);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("relative/path")]
    public void Home_dot_config_is_the_fallback(string? xdg)
    {
        var paths = ConfigPaths.Resolve(Env(("XDG_CONFIG_HOME", xdg!), ("HOME", "/home/u")));
        Assert.Equal("/home/u/.config/telnettui/config.toml", paths.ConfigFile);
        Assert.Equal("/home/u/.config/telnettui", paths.Directory);
    }

    [Fact]
    public void An_explicit_config_file_has_the_book_beside_it()
    {
        var paths = ConfigPaths.ForConfigFile("/srv/tt/my.toml");
        Assert.Equal("/srv/tt/my.toml", paths.ConfigFile);
        Assert.Equal("/srv/tt/book.toml", paths.BookFile);
    }

    [Fact]
    public void Empty_folder_settings_default_to_the_xdg_folders()
    {
        var env = Env(("HOME", "/home/u"), ("XDG_STATE_HOME", "/state"));
        Assert.Equal("/state/telnettui/logs", AppFolders.Logs("", env));
        Assert.Equal("/home/u/.local/share/telnettui/captures", AppFolders.Captures("", env));
        Assert.Equal("/home/u/.config/telnettui/scripts", AppFolders.Scripts("", env));
        Assert.Equal("/home/u/logs", AppFolders.Logs("~/logs", env));
        Assert.Equal("/var/log/tt", AppFolders.Logs("/var/log/tt", env));
    }
}
