using TelnetTui.Chaos.Tests.Infrastructure;

namespace TelnetTui.Chaos.Tests.DataSafety;

/// <summary>
/// Issue 8 §4: a config or book that fails to parse is never overwritten. Real processes (telnettui and
/// the chaos driver) meet a broken file at start, and one a user broke by hand while the program ran;
/// every time the file is left byte for byte as it was, and the program says why it did not save.
/// </summary>
public sealed class UnparseableFileTests : IDisposable
{
    private const string Broken = "# my hosts, half edited\n[hosts.bbs\nhost = \"bbs.example\"\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("telnettui-broken-").FullName;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Importing_into_a_broken_book_fails_and_leaves_it()
    {
        var book = Write("book.toml", Broken);
        var list = Write("syncterm.lst", "[Some BBS]\n\tConnectionType=Telnet\n\tAddress=bbs.example\n\tPort=23\n");
        using var app = DriverProcess.App("import-syncterm", list, "--book", book);
        Assert.Equal(2, app.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.Contains("is not valid TOML, so nothing was imported", app.ErrorText, StringComparison.Ordinal);
        Assert.Equal(Broken, File.ReadAllText(book));
    }

    [Fact]
    public void Running_on_a_broken_config_and_book_uses_defaults_and_leaves_both()
    {
        var config = Write("config.toml", "[ui\ntheme = \"default\"\n");
        var book = Write("book.toml", Broken);
        var script = Write("hello.lua", "print('still running')\n");
        using var app = DriverProcess.App("run", script, "--config", config);
        Assert.Equal(0, app.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.Contains("still running", app.Lines);
        Assert.Equal("[ui\ntheme = \"default\"\n", File.ReadAllText(config));
        Assert.Equal(Broken, File.ReadAllText(book));
    }

    [Fact]
    public void A_book_broken_by_hand_while_the_program_runs_is_not_overwritten_when_it_records_a_connection()
    {
        using var host = new LineHost();
        var book = Write("book.toml", $"# my hosts\n[hosts.drv]\nname = \"Driver\"\nhost = \"127.0.0.1\"\nport = {host.Port}\n");
        using var driver = DriverProcess.Driver("session", "--book", book, "--id", "drv", "--connect-after", "1500");
        driver.WaitForLine(l => l == "waiting", TimeSpan.FromSeconds(20), "the driver to load the book");
        File.WriteAllText(book, Broken); // the user edits the file meanwhile and leaves it broken
        host.Accept(TimeSpan.FromSeconds(20));
        var notice = driver.WaitForLine(l => l.StartsWith("notice the connection book was not updated", StringComparison.Ordinal), TimeSpan.FromSeconds(10), "the book notice");
        Assert.Contains(book, notice, StringComparison.Ordinal); // names the file and where it is broken
        Assert.Equal(Broken, File.ReadAllText(book));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
