using TelnetTui.Core.Book;
using TelnetTui.Core.Import;
using TelnetTui.Core.Settings;
using TelnetTui.Core.Tests.Support;

namespace TelnetTui.Core.Tests.Import;

/// <summary>
/// Issue 4, "Import of a SyncTERM dialing directory": telnet and telnets entries become hosts;
/// others are reported as skipped. Format facts from SyncTERM's bbslist.c / conn.c: ConnectionType
/// is a name or an index (absent means SSH), default ports are 23 and 992, LastConnected is
/// "Mon DD YYYY HH:MM:SS" local time or "Never".
/// </summary>
public class SyncTermImporterTests
{
    private static SyncTermImport Import() =>
        SyncTermImporter.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "SyncTerm", "syncterm.lst")), "syncterm.lst");

    [Fact]
    public void Telnet_and_telnets_entries_become_bbs_hosts()
    {
        var import = Import();
        var expected = new[]
        {
            new HostEntry
            {
                Id = "Vertrauen", Name = "Vertrauen", Host = "vert.synchro.net", Port = 23, Encoding = "cp437", Mode = HostMode.Bbs,
                KeyMap = KeyMapKind.AnsiBbs, TerminalType = "syncterm", NawsSize = new TerminalSize(80, 25),
                AutoLogin = new AutoLogin("sysop", PasswordSource.Prompt), Notes = "Synchronet home",
                LastConnected = new DateTimeOffset(new DateTime(2024, 3, 7, 21, 5, 30, DateTimeKind.Local)), TimesConnected = 42, Tags = ["syncterm"],
            },
            new HostEntry
            {
                Id = "Secure BBS", Name = "Secure BBS", Host = "secure.example.org", Port = 992, Tls = true, Encoding = "cp437",
                Mode = HostMode.Bbs, KeyMap = KeyMapKind.AnsiBbs, Tags = ["syncterm"],
            },
            new HostEntry
            {
                Id = "Old Index Style", Name = "Old Index Style", Host = "index.example.org", Port = 2323, Encoding = "cp437",
                Mode = HostMode.Bbs, KeyMap = KeyMapKind.AnsiBbs, Tags = ["syncterm"],
            },
        };
        ModelAssert.Equal(expected, import.Hosts);
    }

    [Fact]
    public void Other_entries_are_skipped_with_a_reason_and_the_line()
    {
        Assert.Equal(
        [
            new SkippedEntry("Shell Account", 27, "connection type SSH is not telnet"),
            new SkippedEntry("RLogin Board", 31, "connection type RLogin is not telnet"),
            new SkippedEntry("No Type", 35, "no ConnectionType, which SyncTERM reads as SSH"),
            new SkippedEntry("Vertrauen", 38, "a second entry with this name (SyncTERM uses the first)"),
            new SkippedEntry("No Address", 42, "no Address"),
        ], Import().Skipped);
    }

    [Fact]
    public void A_saved_password_is_not_imported_and_the_user_is_told()
    {
        var note = Assert.Single(Import().Notes);
        Assert.Equal("Vertrauen: the saved password was not imported; TelnetTui never stores passwords and will ask for it.", note);
    }

    [Fact]
    public void Importing_into_the_book_adds_the_hosts_after_the_existing_ones_with_ids_from_their_names()
    {
        var fs = new InMemoryFileSystem();
        fs.SetText("/b.toml", "# my book\n[hosts.vertrauen]\nhost = \"vert.synchro.net\"\n");
        var book = ConnectionBook.Open("/b.toml", fs);
        var summary = book.Import(Import());
        Assert.Equal(["vertrauen-2", "secure-bbs", "old-index-style"], summary.AddedIds);
        Assert.Equal(5, summary.Skipped.Count);
        Assert.StartsWith("# my book\n[hosts.vertrauen]\nhost = \"vert.synchro.net\"\n\n[hosts.vertrauen-2]\nname = \"Vertrauen\"\nhost = \"vert.synchro.net\"\n",
            fs.Text("/b.toml"), StringComparison.Ordinal);
        Assert.DoesNotContain("secret", fs.Text("/b.toml"), StringComparison.Ordinal);
        Assert.Equal(["vertrauen", "vertrauen-2", "secure-bbs", "old-index-style"], book.Hosts.Select(h => h.Id));
        Assert.Equal(new AutoLogin("sysop", PasswordSource.Prompt), book.Find("vertrauen-2")!.AutoLogin);
    }

    [Theory]
    [InlineData("Never", null)]
    [InlineData("", null)]
    [InlineData("0x65e8f0e0", 1709764832L)]
    [InlineData("1709764832", 1709764832L)]
    public void Dates_in_other_forms(string text, long? unixSeconds) =>
        Assert.Equal(unixSeconds is null ? null : DateTimeOffset.FromUnixTimeSeconds(unixSeconds.Value), SyncTermImporter.Date(text));

    [Fact]
    public void Space_padded_ctime_days_are_read()
    {
        var expected = new DateTimeOffset(new DateTime(2020, 1, 5, 10, 11, 12, DateTimeKind.Local));
        Assert.Equal(expected, SyncTermImporter.Date("Jan  5 2020 10:11:12"));
        Assert.Equal(new DateTimeOffset(new DateTime(2020, 1, 5, 0, 0, 0, DateTimeKind.Local)), SyncTermImporter.Date("Jan 05 2020"));
    }
}
