using TelnetTui.Core.Files;
using TelnetTui.Core.Settings;
using TelnetTui.Core.Tests.Support;
using TelnetTui.Toml;

namespace TelnetTui.Core.Tests.Files;

/// <summary>
/// Issue 4, "Files": the config at $XDG_CONFIG_HOME/telnettui/config.toml with book.toml beside it;
/// first run creates them from the example; a file that failed to parse is never overwritten and
/// the app starts on defaults and reports the error.
/// </summary>
public class ConfigStoreTests
{
    private static readonly ConfigPaths Paths = new("/home/u/.config/telnettui/config.toml", "/home/u/.config/telnettui/book.toml");

    [Fact]
    public void First_run_creates_both_files_from_the_example_and_loads_them()
    {
        var fs = new InMemoryFileSystem();
        var loaded = new ConfigStore(Paths, fs).Load();
        Assert.Equal([Paths.ConfigFile, Paths.BookFile], loaded.CreatedFiles);
        Assert.Equal(ExampleConfig.ConfigPart, fs.Text(Paths.ConfigFile));
        Assert.Equal(ConfigStore.BookPreamble + ExampleConfig.BookPart, fs.Text(Paths.BookFile));
        Assert.Empty(loaded.Diagnostics);
        ModelAssert.Equal(AppSettings.Defaults, loaded.Settings);
        ModelAssert.Equal(new[] { SampleHosts.DemoBbs, SampleHosts.DemoMud }, loaded.Book.Hosts);

        var writes = fs.Writes;
        var again = new ConfigStore(Paths, fs).Load();
        Assert.Empty(again.CreatedFiles);
        Assert.Equal(writes, fs.Writes);
    }

    [Fact]
    public void A_config_that_does_not_parse_gives_defaults_an_error_and_is_never_overwritten()
    {
        var fs = new InMemoryFileSystem();
        const string broken = "[ui]\ntheme = \"dark\"\nscrollback_lines = 10_\n";
        fs.SetText(Paths.ConfigFile, broken);
        var loaded = new ConfigStore(Paths, fs).Load();
        Assert.True(loaded.SettingsAreDefaults);
        ModelAssert.Equal(AppSettings.Defaults, loaded.Settings);
        var error = Assert.Single(loaded.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((Paths.ConfigFile, 3, 20), (error.File, error.Line, error.Column));
        Assert.Contains("running on default settings", error.Message, StringComparison.Ordinal);

        Assert.Throws<ConfigFileException>(() => loaded.SettingsFile.Mutate(doc => doc.Set(TomlPath.Parse("ui.theme"), "x")));
        Assert.Equal(broken, fs.Text(Paths.ConfigFile));
        // The book is still usable.
        Assert.Equal(2, loaded.Book.Hosts.Count);
    }

    [Fact]
    public void A_bad_value_keeps_its_default_and_the_rest_of_the_file_is_used()
    {
        var fs = new InMemoryFileSystem();
        fs.SetText(Paths.ConfigFile, "[ui]\ntheme = \"dark\"\nscrollback_lines = -1\n");
        var loaded = new ConfigStore(Paths, fs).Load();
        Assert.Equal("dark", loaded.Settings.Ui.Theme);
        Assert.Equal(new UiSettings().ScrollbackLines, loaded.Settings.Ui.ScrollbackLines);
        Assert.Equal($"{Paths.ConfigFile}:3:20: ui.scrollback_lines: -1 is out of range (0 to 1000000)", Assert.Single(loaded.Diagnostics).ToString());
    }

    [Fact]
    public void Hosts_in_the_config_file_are_reported_as_belonging_in_the_book()
    {
        var fs = new InMemoryFileSystem();
        fs.SetText(Paths.ConfigFile, "[hosts.x]\nhost = \"x\"\n");
        var loaded = new ConfigStore(Paths, fs).Load();
        var warning = Assert.Single(loaded.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("hosts belong in", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_book_that_does_not_parse_is_reported_read_only_and_kept()
    {
        var fs = new InMemoryFileSystem();
        const string broken = "[hosts.a]\nhost = \"a\"\nhost = \"b\"\n";
        fs.SetText(Paths.BookFile, broken);
        var loaded = new ConfigStore(Paths, fs).Load();
        Assert.Empty(loaded.Book.Hosts);
        Assert.Contains(loaded.Diagnostics, d => d.File == Paths.BookFile && d.Line == 3 && d.Message.StartsWith("duplicate key 'host'", StringComparison.Ordinal));
        Assert.Throws<ConfigFileException>(() => loaded.Book.Add(new() { Id = "n", Host = "n" }));
        Assert.Equal(broken, fs.Text(Paths.BookFile));
    }

    /// <summary>A settings change from the UI (a pane resized) rewrites one number in the commented file.</summary>
    [Fact]
    public void Changing_a_setting_keeps_the_comments_and_layout_of_config_toml()
    {
        var fs = new InMemoryFileSystem();
        var loaded = new ConfigStore(Paths, fs).Load();
        loaded.SettingsFile.Mutate(doc => doc.Set(TomlPath.Parse("ui.panes.book.size"), 40));
        var expected = ExampleConfig.ConfigPart.Replace("book = { open = true, size = 30 }", "book = { open = true, size = 40 }", StringComparison.Ordinal);
        Assert.NotEqual(ExampleConfig.ConfigPart, expected);
        Assert.Equal(expected, fs.Text(Paths.ConfigFile));
        Assert.Equal(40, new ConfigStore(Paths, fs).Load().Settings.Ui.Panes["book"].SizePercent);
    }

    [Fact]
    public void When_the_example_cannot_be_written_the_program_still_starts_on_defaults()
    {
        var loaded = new ConfigStore(Paths, new ReadOnlyFileSystem()).Load();
        Assert.Empty(loaded.CreatedFiles);
        Assert.Equal(2, loaded.Diagnostics.Count(d => d.Message.StartsWith("could not create it from the example", StringComparison.Ordinal)));
        ModelAssert.Equal(AppSettings.Defaults, loaded.Settings);
        Assert.Empty(loaded.Book.Hosts);
    }

    [Fact]
    public void On_disk_the_files_go_under_xdg_config_home_and_changes_are_saved()
    {
        using var folder = new TempFolder();
        var paths = ConfigPaths.Resolve(name => name == "XDG_CONFIG_HOME" ? folder.Path : null);
        var loaded = new ConfigStore(paths).Load();
        var dir = Path.Combine(folder.Path, "telnettui");
        Assert.Equal(Path.Combine(dir, "config.toml"), paths.ConfigFile);
        Assert.Equal(ExampleConfig.ConfigPart, File.ReadAllText(paths.ConfigFile));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(paths.BookFile));

        loaded.Book.Add(new() { Id = "nethack", Host = "nethack.alt.org" });
        Assert.EndsWith("[hosts.nethack]\nhost = \"nethack.alt.org\"\nport = 23\n", File.ReadAllText(paths.BookFile), StringComparison.Ordinal);
        Assert.Equal(3, new ConfigStore(paths).Load().Book.Hosts.Count);
        Assert.Equal(["book.toml", "config.toml"], Directory.GetFiles(dir).Select(Path.GetFileName).Order());
    }

    private sealed class ReadOnlyFileSystem : IConfigFileSystem
    {
        public bool Exists(string path) => false;

        public byte[] ReadAllBytes(string path) => throw new FileNotFoundException(path);

        public void WriteAtomic(string path, byte[] content) => throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.");

        public void CreateDirectory(string path)
        {
        }
    }
}
