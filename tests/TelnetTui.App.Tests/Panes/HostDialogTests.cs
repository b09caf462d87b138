using TelnetTui.App.Tests.Support;
using TelnetTui.Core.Book;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.App.Tests.Panes;

/// <summary>
/// The host dialog: every setting of a book entry over three pages, checked like the file; saving writes
/// book.toml through the format-preserving document, so the user's comments and layout stay.
/// </summary>
public sealed class HostDialogTests
{
    private const string Book = """
        # My BBS list -- keep this comment

        [hosts.old]   # an old favourite
        host = "old.example"   # the address
        port = 23
        """;

    private const string BookOpen = "[ui.panes]\nbook = { open = true, size = 50 }\n";

    private static Dialog Dialog(AppHarness h) => Assert.IsType<Dialog>(h.App.Application.TopOverlay);

    private static T Field<T>(AppHarness h, string name) where T : FormField =>
        Dialog(h).Form.Fields.OfType<T>().Single(f => f.Name == name);

    [Fact]
    public async Task A_host_added_through_the_dialog_is_written_with_the_comments_intact()
    {
        await using var h = AppHarness.Create(100, 34, BookOpen, Book);
        h.Key(Key.Insert);
        Assert.Contains("Add host — Connection (1/3)", h.Text());
        h.Key(Key.Tab); // Id: left empty, made from the name
        h.Type("Retro Board");
        h.Key(Key.Tab);
        h.Type("retro.example.com");
        h.Key(Key.Tab);
        h.Type("2323");
        h.Key(Key.Tab);
        h.Key(Key.Tab); // TLS stays off
        h.Key(Key.Right); // encoding: next in the list
        Field<ChoiceField>(h, "field-encoding").SelectedIndex = Core.Settings.KnownEncodings.Names.ToList().IndexOf("cp437");
        Field<ChoiceField>(h, "field-mode").SelectedIndex = 1; // bbs
        Field<TextField>(h, "field-tags").Text = "retro, bbs";
        h.Key(Key.Enter); // Save
        h.Settle();
        var text = File.ReadAllText(h.BookPath);
        Assert.StartsWith("# My BBS list -- keep this comment\n\n[hosts.old]   # an old favourite\nhost = \"old.example\"   # the address\n", text);
        Assert.Contains("[hosts.retro-board]", text);
        Assert.Contains("host = \"retro.example.com\"", text);
        Assert.Contains("port = 2323", text);
        Assert.Contains("encoding = \"cp437\"", text);
        Assert.Contains("mode = \"bbs\"", text);
        Assert.Contains("tags = [\"retro\", \"bbs\"]", text);
        Assert.Contains("added Retro Board in book.toml", h.Text());
        Assert.Equal("retro-board", h.App.Book.SelectedHost?.Id);
    }

    [Fact]
    public async Task Bad_values_are_shown_under_their_field_and_nothing_is_saved()
    {
        await using var h = AppHarness.Create(100, 34, BookOpen, Book);
        h.Key(Key.Insert);
        Field<TextField>(h, "field-host").Text = "bad host";
        h.Key(Key.Enter);
        Assert.Contains("a host name or address, without spaces", h.Text());
        Assert.Same(Field<TextField>(h, "field-host").Input, h.App.Application.Focus.Focused);
        Assert.Equal(Book, File.ReadAllText(h.BookPath));
        // the second page checks its fields too
        Field<TextField>(h, "field-host").Text = "good.example";
        Dialog(h).Buttons[1].Press(); // "Terminal ▸"
        h.Settle();
        Assert.Contains("Terminal (2/3)", h.Text());
        Field<TextField>(h, "field-naws").Text = "80 by 25";
        h.Key(Key.Enter);
        Assert.Contains("COLUMNSxROWS", h.Text());
        Field<TextField>(h, "field-naws").Text = "80x25";
        h.Key(Key.Enter);
        h.Settle();
        Assert.Contains("naws_size = \"80x25\"", File.ReadAllText(h.BookPath));
    }

    [Fact]
    public async Task Editing_changes_only_the_fields_that_changed_and_Delete_removes_the_host()
    {
        await using var h = AppHarness.Create(100, 34, BookOpen, Book);
        h.Key(Key.F2);
        Assert.Contains("Edit old — Connection (1/3)", h.Text());
        Assert.Equal("old.example", Field<TextField>(h, "field-host").Text);
        Field<TextField>(h, "field-notes").Text = "still up";
        Dialog(h).Buttons[1].Press();
        h.Settle();
        Dialog(h).Buttons[1].Press(); // to page 3
        h.Settle();
        Field<CheckBox>(h, "field-reconnect").Checked = true;
        Field<TextField>(h, "field-options").Text = "gmcp=request";
        h.Key(Key.Enter);
        h.Settle();
        var text = File.ReadAllText(h.BookPath);
        Assert.StartsWith("# My BBS list -- keep this comment\n\n[hosts.old]   # an old favourite\nhost = \"old.example\"   # the address\nport = 23\n", text);
        Assert.Contains("notes = \"still up\"", text);
        Assert.Contains("auto_reconnect = { enabled = true }", text);
        Assert.Contains("options = { gmcp = \"request\" }", text);
        var saved = ConnectionBook.Open(h.BookPath).Find("old")!;
        Assert.Equal(Core.Settings.OptionPolicy.Request, saved.OptionPolicies["gmcp"]);

        h.Key(Key.Delete);
        Assert.Contains("Delete old", h.Text());
        h.Key(Key.Enter);
        h.Settle();
        Assert.Null(ConnectionBook.Open(h.BookPath).Find("old"));
        Assert.Contains("# My BBS list -- keep this comment", File.ReadAllText(h.BookPath));
    }
}
