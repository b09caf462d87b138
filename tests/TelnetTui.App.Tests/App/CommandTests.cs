using TelnetTui.App.Tests.Support;
using TelnetTui.Core.Book;
using TelnetTui.Core.Sessions;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.App.Tests.App;

/// <summary>Commands of the menu: connect by address or id, SyncTERM import, saving a selection, the next theme, per-host history.</summary>
public class CommandTests
{
    private static void Run(AppHarness h, string command)
    {
        Assert.True(h.App.Application.Commands.Execute(command), command);
        h.App.Application.ProcessPending();
    }

    [Fact]
    public async Task Connect_takes_an_address_or_a_book_id()
    {
        await using var h = AppHarness.Create(book: "[hosts.dune]\nhost = \"dune.example.org\"\nport = 6789\n");
        Run(h, "connect");
        var dialog = Assert.IsType<Dialog>(h.App.Application.TopOverlay);
        h.Type("dune");
        h.Key(Key.Enter);
        h.Pump(() => h.Host.LastEndpoint is not null, "the connection");
        Assert.Equal(("dune.example.org", 6789), (h.Host.LastEndpoint!.Host, h.Host.LastEndpoint.Port));
        Run(h, "connect");
        h.Type("telnets://secure.example");
        h.Key(Key.Enter);
        h.Pump(() => h.Host.LastEndpoint!.Host == "secure.example", "the second connection");
        Assert.Equal((992, true), (h.Host.LastEndpoint!.Port, h.Host.LastEndpoint.UseTls));
        Run(h, "connect");
        h.Type("#nothing");
        h.Key(Key.Enter);
        Assert.Contains("host, host:port, host PORT", h.Text());
        Assert.NotNull(dialog);
    }

    [Fact]
    public async Task A_SyncTERM_list_is_imported_into_the_book()
    {
        await using var h = AppHarness.Create(config: "[ui.panes]\nbook = { open = true, size = 50 }\n");
        var list = h.Folder.Write("syncterm.lst", "[Night Owl]\nConnectionType=Telnet\nAddress=nightowl.example.net\nPort=2323\n\n[Dial me]\nConnectionType=Modem\nAddress=555-1234\n");
        Run(h, "import-syncterm");
        var field = Assert.IsType<Dialog>(h.App.Application.TopOverlay).Form.Fields.OfType<TextField>().Single();
        field.Text = list;
        h.Key(Key.Enter);
        h.Settle();
        var text = h.Text();
        Assert.Contains("added 1 host(s) to book.toml", text);
        Assert.Contains("skipped Dial me", text);
        Assert.Contains("host = \"nightowl.example.net\"", File.ReadAllText(h.BookPath));
        h.Key(Key.Enter);
        Assert.Contains("Night Owl  nightowl.example.net:2323", h.Text());
    }

    [Fact]
    public async Task The_selection_can_be_saved_to_a_file()
    {
        await using var h = AppHarness.Create(60, 12);
        h.Connect();
        h.FromHost("copy this text\r\n");
        h.Mouse(new MouseEvent(MouseAction.Press, MouseButton.Left, 1, 0));
        h.Mouse(new MouseEvent(MouseAction.Drag, MouseButton.Left, 9, 0));
        h.Mouse(new MouseEvent(MouseAction.Release, MouseButton.Left, 9, 0));
        Run(h, "save-selection");
        var field = Assert.IsType<Dialog>(h.App.Application.TopOverlay).Form.Fields.OfType<TextField>().Single();
        Assert.Equal(h.Folder.File("telnettui-selection.txt"), field.Text);
        field.Text = "~/picked.txt";
        h.Key(Key.Enter);
        h.Settle();
        Assert.Equal("copy this\n", File.ReadAllText(h.Folder.File("picked.txt")));
    }

    [Fact]
    public async Task Next_theme_switches_every_pane_to_it()
    {
        await using var h = AppHarness.Create();
        var before = h.App.State.Theme.Ui.StatusBar;
        Run(h, "next-theme");
        Assert.Contains("theme: ", h.Lines()[^1]);
        Assert.NotEqual(before, h.App.State.Theme.Ui.StatusBar);
        Assert.Equal(h.App.State.Theme.Ui.StatusBar.Background, h.Frame()[0, h.Frame().Height - 1].Style.Background);
    }

    [Fact]
    public async Task The_input_history_is_kept_per_host_across_sessions()
    {
        await using var h = AppHarness.Create();
        var host = new HostEntry { Id = "keep", Host = "mud.example" };
        h.Connect(host);
        h.Type("kill rat");
        h.Key(Key.Enter);
        h.Pump(() => System.Text.Encoding.UTF8.GetString(h.Host.FromClient).Contains("kill rat"), "the line");
        h.Session!.Disconnect();
        h.Connect(new HostEntry { Id = "other", Host = "other.example" });
        h.Key(Key.Up);
        Assert.DoesNotContain("kill rat", h.Lines()[^2]);
        h.Connect(host);
        h.Key(Key.Up);
        Assert.Contains("kill rat", h.Lines()[^2]);
        Assert.True(File.Exists(h.Folder.File("state/telnettui/history/keep.history")));
    }
}
