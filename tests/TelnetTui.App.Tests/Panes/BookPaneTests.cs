using TelnetTui.App.Tests.Support;
using TelnetTui.Core.Sessions;
using TelnetTui.Tui.Input;

namespace TelnetTui.App.Tests.Panes;

/// <summary>The connection book pane: hosts with tags and history, type-to-filter, details, quick connect, and a broken book.</summary>
public sealed class BookPaneTests
{
    private const string Book = """
        # my hosts
        [hosts.nethack]
        name = "NetHack Alt"
        host = "alt.org"
        port = 23
        tags = ["roguelike", "games"]
        last_connected = 2024-05-01T10:00:00Z
        times_connected = 12

        [hosts.dune]
        name = "Dune MUD"
        host = "dune.example.org"
        port = 6789
        encoding = "cp437"
        mode = "mud"
        tags = ["mud"]
        notes = "spice must flow"
        """;

    private const string BookOpen = "[ui.panes]\nbook = { open = true, size = 50 }\n";

    [Fact]
    public async Task Hosts_show_with_address_and_tags_most_recent_first_with_details_of_the_selected_one()
    {
        await using var h = AppHarness.Create(100, 30, BookOpen, Book);
        var text = h.Text();
        var nethack = text.IndexOf("NetHack Alt  alt.org:23  #roguelike #games", StringComparison.Ordinal);
        var dune = text.IndexOf("Dune MUD  dune.example.org:6789  #mud", StringComparison.Ordinal);
        Assert.True(nethack >= 0 && dune > nethack, text);
        Assert.Contains("alt.org:23 · utf-8 · auto", text);
        Assert.Contains("tags: roguelike, games", text);
        Assert.Contains("12 times", text);
        Assert.True(h.App.Book.List.HasFocus);
    }

    [Fact]
    public async Task Typing_filters_by_tag_and_Enter_connects_to_the_host()
    {
        await using var h = AppHarness.Create(100, 30, BookOpen, Book);
        h.Type("#mud");
        var rows = h.App.Book.List.VisibleIndexes.Select(i => h.App.Book.List.Items[i].Text).ToList();
        Assert.Equal(["Dune MUD  dune.example.org:6789  #mud"], rows);
        Assert.Contains("spice must flow", h.Text());
        h.Key(Key.Enter);
        h.Pump(() => h.Session?.State is SessionState.Negotiating or SessionState.Online, "the connection");
        Assert.Equal(("dune.example.org", 6789), (h.Host.LastEndpoint!.Host, h.Host.LastEndpoint.Port));
        Assert.Equal("cp437", h.Session!.Encoding.Name);
        Assert.True(h.App.Terminal.Input.HasFocus);
    }

    [Fact]
    public async Task Typing_an_address_offers_a_quick_connect()
    {
        await using var h = AppHarness.Create(100, 30, BookOpen, Book);
        h.Type("mud.example.net:4000");
        var rows = h.App.Book.List.VisibleIndexes.Select(i => h.App.Book.List.Items[i].Text).ToList();
        Assert.Equal(["→ connect to mud.example.net:4000"], rows);
        Assert.Contains("Enter connects to mud.example.net:4000", h.Text());
        h.Key(Key.Enter);
        h.Pump(() => h.Host.LastEndpoint is not null, "the connection");
        Assert.Equal(("mud.example.net", 4000, false), (h.Host.LastEndpoint!.Host, h.Host.LastEndpoint.Port, h.Host.LastEndpoint.UseTls));
    }

    [Fact]
    public async Task A_quick_connect_to_a_saved_address_uses_the_saved_entry()
    {
        await using var h = AppHarness.Create(100, 30, BookOpen, Book);
        h.Type("dune.example.org 6789");
        h.Key(Key.Down); // past the matching host to the quick-connect row
        h.Key(Key.Enter);
        h.Pump(() => h.Session is not null, "a session");
        Assert.Equal("dune", h.Session!.Host.Id);
    }

    [Fact]
    public async Task A_book_that_does_not_parse_is_reported_with_its_place_and_left_alone()
    {
        const string broken = "[hosts.a]\nhost = \"x\"\nport = = 3\n";
        await using var h = AppHarness.Create(100, 30, BookOpen, broken);
        Assert.Contains("book.toml:3:8:", h.Text());
        Assert.True(h.Text().Contains("read-only"), h.Text());
        h.Key(Key.Insert);
        h.Key(Key.Tab);
        h.Key(Key.Tab);
        h.Type("new.example");
        h.Key(Key.Enter); // Save
        h.Settle();
        Assert.Contains("Not saved", h.Text());
        Assert.Equal(broken, File.ReadAllText(h.BookPath));
    }
}
