using TelnetTui.Core.Book;
using TelnetTui.Core.Sessions;
using TelnetTui.Core.Tests.Support;

namespace TelnetTui.Core.Tests.Sessions;

/// <summary>What the user typed → the host profile: book ids, addresses that match book entries (with their TLS), fresh entries.</summary>
public sealed class HostResolverTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ConnectionBook _book;

    public HostResolverTests()
    {
        var path = _folder.File("book.toml");
        File.WriteAllText(path, "[hosts.secure-bbs]\nhost = \"BBS.example.org\"\nport = 23\ntls = true\nencoding = \"cp437\"\n\n[hosts.mud]\nhost = \"mud.example.org\"\nport = 4000\n");
        _book = ConnectionBook.Open(path);
    }

    public void Dispose() => _folder.Dispose();

    private ResolvedHost Resolve(string text, int? port = null, bool tls = false)
    {
        Assert.True(HostResolver.TryResolve(text, port, tls, _book, out var resolved, out var error), error);
        return resolved!;
    }

    [Fact]
    public void A_book_id_names_its_entry()
    {
        var r = Resolve("mud");
        Assert.Equal("mud", r.Host.Id);
        Assert.True(r.InBook);
        Assert.Null(r.UseTls);
        Assert.True(Resolve("mud", tls: true).UseTls);
    }

    [Fact]
    public void An_address_of_a_book_entry_uses_the_entry()
    {
        var r = Resolve("mud.example.org", 4000);
        Assert.Equal("mud", r.Host.Id);
        Assert.Null(r.UseTls);
        Assert.Equal("mud", Resolve("telnet://MUD.example.org:4000").Host.Id);
    }

    [Fact]
    public async Task A_plain_address_of_an_entry_marked_tls_is_refused_when_connecting()
    {
        var r = Resolve("bbs.example.org");
        Assert.Equal("secure-bbs", r.Host.Id);
        Assert.False(r.UseTls);
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(new SessionOptions { Host = r.Host, UseTls = r.UseTls, Connector = connector, Clock = new FakeClock() });
        h.Session.Connect();
        Assert.Equal(CloseKind.TlsRequired, h.Session.CloseReason!.Kind);
        Assert.Empty(connector.Attempts);
    }

    [Fact]
    public void Anything_else_is_a_fresh_entry()
    {
        var plain = Resolve("new.example.org");
        Assert.False(plain.InBook);
        Assert.Equal(("new.example.org:23", "new.example.org", 23), (plain.Host.Id, plain.Host.Host, plain.Host.Port));
        var secure = Resolve("telnets://new.example.org");
        Assert.Equal((992, true), (secure.Host.Port, secure.UseTls));
        Assert.Equal(("[::1]:2323", 2323), (Resolve("[::1]:2323").Host.Id, Resolve("[::1]:2323").Host.Port));
        Assert.Equal(992, Resolve("x.test", tls: true).Host.Port);
    }

    [Fact]
    public void A_bad_address_says_why()
    {
        Assert.False(HostResolver.TryResolve("ssh://x", null, false, _book, out _, out var error));
        Assert.Contains("only telnet:// and telnets://", error, StringComparison.Ordinal);
    }
}
