namespace TelnetTui.EndToEnd.Tests.App;

/// <summary>
/// Issue 6: a host added through the dialog is written to book.toml with the user's existing comments intact
/// (the format-preserving TOML document; the rest of the file byte for byte).
/// </summary>
public sealed class BookDialogTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private const string Book = """
        # My boards. Comments like this one must survive the app's edits.

        [hosts.oldie]      # the first board I ever called
        name = "Old Board"
        host = "old.example.org"   # still up, somehow
        port = 23
        tags = ["classic"]

        """;

    private readonly AppSandbox _sandbox = new("[ui.panes]\nbook = { open = true, size = 45 }\n", Book);

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void A_host_added_in_the_dialog_lands_in_book_toml_with_the_comments_intact()
    {
        using var tmux = _sandbox.Start("", 120, 40);
        tmux.WaitForText("Old Board  old.example.org:23  #classic", Wait);
        tmux.SendKeys("IC"); // Insert
        tmux.WaitForText("Add host — Connection (1/3)", Wait);
        tmux.SendKeys("Tab");
        tmux.Type("Night Owl BBS");
        tmux.SendKeys("Tab");
        tmux.Type("nightowl.example.net");
        tmux.SendKeys("Tab");
        tmux.Type("2323");
        tmux.SendKeys("Enter");
        tmux.WaitForText("Night Owl BBS  nightowl.example.net:2323", Wait);
        var text = File.ReadAllText(_sandbox.BookFile);
        Assert.StartsWith(Book.ReplaceLineEndings("\n"), text);
        Assert.Contains("[hosts.night-owl-bbs]\nname = \"Night Owl BBS\"\nhost = \"nightowl.example.net\"\nport = 2323\n", text);
        tmux.SendKeys("M-x");
        Assert.Equal(0, tmux.WaitForExit(Wait));
    }
}
