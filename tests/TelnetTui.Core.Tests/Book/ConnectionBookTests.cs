using TelnetTui.Core.Book;
using TelnetTui.Core.Files;
using TelnetTui.Core.Tests.Support;

namespace TelnetTui.Core.Tests.Book;

/// <summary>
/// Issue 4: the book supports add/edit/delete from a UI dialog and updating last connected / times
/// connected through the format-preserving document, "so a user's comments survive".
/// Each test compares the whole file after the change.
/// </summary>
public class ConnectionBookTests
{
    private const string Path = "/cfg/book.toml";

    private static (ConnectionBook Book, InMemoryFileSystem Fs) Open(string text)
    {
        var fs = new InMemoryFileSystem();
        fs.SetText(Path, text);
        return (ConnectionBook.Open(Path, fs), fs);
    }

    [Fact]
    public void Add_appends_a_section_and_keeps_everything_else()
    {
        var (book, fs) = Open("""
            # My hosts
            # (hand-written)

            [hosts.aard]   # Aardwolf
            host = "aardmud.org"
            port = 4000
            mode = "mud"

            """);
        var added = book.Add(new HostEntry
        {
            Id = "nethack",
            Name = "NetHack",
            Host = "nethack.alt.org",
            Tags = ["roguelike"],
            AutoLogin = new AutoLogin("bob", PasswordSource.Prompt),
            Triggers = [new TriggerRule("^You die", Send: "n")],
        });
        Assert.Equal("""
            # My hosts
            # (hand-written)

            [hosts.aard]   # Aardwolf
            host = "aardmud.org"
            port = 4000
            mode = "mud"

            [hosts.nethack]
            name = "NetHack"
            host = "nethack.alt.org"
            port = 23
            auto_login = { user = "bob", password = "prompt" }
            tags = ["roguelike"]

            [[hosts.nethack.triggers]]
            pattern = "^You die"
            send = "n"

            """, fs.Text(Path));
        Assert.Equal(["aard", "nethack"], book.Hosts.Select(h => h.Id));
        ModelAssert.Equal(book.Find("nethack"), added);
    }

    [Fact]
    public void Update_writes_only_the_fields_that_changed()
    {
        var (book, fs) = Open("""
            [hosts.nethack]
            name = "NetHack"          # the display name
            host = "nethack.alt.org"
            port = 23
            mode = "auto"             # written out on purpose
            tags = ["roguelike"]
            future_key = "kept"

            """);
        var edited = book.Find("nethack")! with { Port = 2323, Tags = ["roguelike", "nao"], Notes = "fun" };
        book.Update("nethack", edited);
        Assert.Equal("""
            [hosts.nethack]
            name = "NetHack"          # the display name
            host = "nethack.alt.org"
            port = 2323
            mode = "auto"             # written out on purpose
            tags = ["roguelike", "nao"]
            future_key = "kept"
            notes = "fun"

            """, fs.Text(Path));
    }

    [Fact]
    public void Update_with_a_new_id_renames_every_section_of_the_host()
    {
        var (book, fs) = Open("""
            [hosts.nethack]
            host = "nethack.alt.org"

            [[hosts.nethack.triggers]]
            pattern = "^You die"
            gag = true

            """);
        book.Update("nethack", book.Find("nethack")! with { Id = "nao" });
        Assert.Equal("""
            [hosts.nao]
            host = "nethack.alt.org"

            [[hosts.nao.triggers]]
            pattern = "^You die"
            gag = true

            """, fs.Text(Path));
        Assert.Null(book.Find("nethack"));
        Assert.NotNull(book.Find("nao"));
    }

    [Fact]
    public void Update_clearing_a_group_removes_it_and_changing_one_inner_field_touches_only_that()
    {
        var (book, fs) = Open("""
            [hosts.mud]
            host = "mud.example"
            auto_login = { user = "bob", password = "prompt" }   # my account
            auto_reconnect = { enabled = true, delay = 2 }
            tls_fingerprint = "sha256:00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF"

            """);
        var mud = book.Find("mud")!;
        book.Update("mud", mud with
        {
            AutoLogin = mud.AutoLogin! with { User = "alice" },
            AutoReconnect = mud.AutoReconnect with { MaxAttempts = 5 },
            TlsFingerprint = null,
        });
        Assert.Equal("""
            [hosts.mud]
            host = "mud.example"
            auto_login = { user = "alice", password = "prompt" }   # my account
            auto_reconnect = { enabled = true, delay = 2, max_attempts = 5 }

            """, fs.Text(Path));
    }

    [Fact]
    public void Remove_takes_the_host_its_sections_and_its_comment()
    {
        var (book, fs) = Open("""
            # Book

            # Old BBS, gone offline
            [hosts.old]
            host = "old.example"

            [[hosts.old.triggers]]
            pattern = "x"
            gag = true

            # Still here
            [hosts.keep]
            host = "keep.example"

            """);
        Assert.True(book.Remove("old"));
        Assert.Equal("""
            # Book

            # Still here
            [hosts.keep]
            host = "keep.example"

            """, fs.Text(Path));
        Assert.False(book.Remove("old"));
    }

    [Fact]
    public void Recording_a_connection_updates_last_connected_and_times_connected_in_place()
    {
        var (book, fs) = Open("""
            [hosts.a]
            host = "a.example"
            last_connected = 2024-01-01T00:00:00Z   # last time
            times_connected = 4

            [hosts.b]
            host = "b.example"

            """);
        var when = new DateTimeOffset(2024, 5, 6, 7, 8, 9, 123, TimeSpan.FromHours(2));
        var a = book.RecordConnection("a", when);
        book.RecordConnection("b", when);
        Assert.Equal("""
            [hosts.a]
            host = "a.example"
            last_connected = 2024-05-06T05:08:09Z   # last time
            times_connected = 5

            [hosts.b]
            host = "b.example"
            last_connected = 2024-05-06T05:08:09Z
            times_connected = 1

            """, fs.Text(Path));
        Assert.Equal(5, a.TimesConnected);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 5, 8, 9, TimeSpan.Zero), a.LastConnected);
    }

    [Fact]
    public void An_invalid_entry_from_a_dialog_is_refused_with_every_problem_and_nothing_is_saved()
    {
        var (book, fs) = Open("");
        var error = Assert.Throws<InvalidHostEntryException>(() => book.Add(new HostEntry
        {
            Id = "x",
            Host = "bad host",
            Port = 0,
            Encoding = "klingon",
            Triggers = [new TriggerRule("(", Send: "y")],
        }));
        Assert.Equal(4, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.Path == "hosts.x.port" && p.Message.Contains("1 to 65535", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Path == "hosts.x.encoding" && p.Message.Contains("cp437", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Path == "hosts.x.host");
        Assert.Contains(error.Problems, p => p.Path == "hosts.x.triggers[0].pattern");
        Assert.Equal(0, fs.Writes);
    }

    [Fact]
    public void Adding_an_id_that_exists_is_refused()
    {
        var (book, fs) = Open("[hosts.a]\nhost = \"a.example\"\n");
        Assert.Throws<InvalidOperationException>(() => book.Add(new HostEntry { Id = "a", Host = "other.example" }));
        Assert.Equal(0, fs.Writes);
        Assert.Equal("a-2", book.NewId("A"));
        Assert.Equal("nethack-nao", book.NewId("NetHack (NAO)"));
        Assert.Equal("host", book.NewId("!!!"));
    }

    [Fact]
    public void A_hand_edit_made_while_the_program_runs_is_kept()
    {
        var (book, fs) = Open("[hosts.a]\nhost = \"a.example\"\n");
        fs.SetText(Path, "# edited by hand\n[hosts.a]\nhost = \"a.example\"\nport = 2323\n\n[hosts.new]\nhost = \"new.example\"\n");
        book.RecordConnection("a", new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));
        Assert.Equal("# edited by hand\n[hosts.a]\nhost = \"a.example\"\nport = 2323\nlast_connected = 2024-01-02T03:04:05Z\ntimes_connected = 1\n\n[hosts.new]\nhost = \"new.example\"\n",
            fs.Text(Path));
        Assert.Equal(["a", "new"], book.Hosts.Select(h => h.Id));
    }

    [Fact]
    public void A_book_that_does_not_parse_is_never_overwritten()
    {
        const string broken = "[hosts.x\nhost = \"x.example\"\n";
        var (book, fs) = Open(broken);
        Assert.Empty(book.Hosts);
        Assert.NotNull(book.ParseError);
        var diagnostic = Assert.Single(book.Diagnostics);
        Assert.Equal($"{Path}:1:1: expected ']' to close the header [hosts.x, found the end of the line", diagnostic.ToString());

        var error = Assert.Throws<ConfigFileException>(() => book.Add(new HostEntry { Id = "y", Host = "y.example" }));
        Assert.Contains($"{Path}:1:1:", error.Message, StringComparison.Ordinal);
        Assert.Throws<ConfigFileException>(() => book.Remove("x"));
        Assert.Equal(broken, fs.Text(Path));
        Assert.Equal(0, fs.Writes);

        // Once the user fixes the file, changes work again and keep the fix.
        fs.SetText(Path, "[hosts.x]\nhost = \"x.example\"\n");
        book.Add(new HostEntry { Id = "y", Host = "y.example" });
        Assert.Equal("[hosts.x]\nhost = \"x.example\"\n\n[hosts.y]\nhost = \"y.example\"\nport = 23\n", fs.Text(Path));
    }

    [Fact]
    public void A_host_with_errors_is_left_out_reported_and_left_alone()
    {
        const string bad = "[hosts.bad]   # typo below\nhost = \"bad.example\"\nmode = \"bsb\"\n\n";
        var (book, fs) = Open(bad + "[hosts.good]\nhost = \"good.example\"\n");
        Assert.Equal(["good"], book.Hosts.Select(h => h.Id));
        var diagnostic = Assert.Single(book.Diagnostics);
        Assert.Equal("/cfg/book.toml:3:8: hosts.bad.mode: 'bsb' is not allowed; use one of auto, bbs, mud", diagnostic.ToString());
        book.RecordConnection("good", DateTimeOffset.UnixEpoch);
        Assert.StartsWith(bad, fs.Text(Path), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => book.Add(new HostEntry { Id = "bad", Host = "x" }));
    }

    [Fact]
    public void Search_matches_every_word_in_id_name_host_tags_or_notes()
    {
        var (book, _) = Open("""
            [hosts.nao]
            name = "NetHack"
            host = "nethack.alt.org"
            tags = ["roguelike"]
            [hosts.aard]
            host = "aardmud.org"
            notes = "big MUD"
            """);
        Assert.Equal(["nao"], book.Search("rogue net").Select(h => h.Id));
        Assert.Equal(["aard"], book.Search("mud").Select(h => h.Id));
        Assert.Equal(2, book.Search("").Count);
    }
}
