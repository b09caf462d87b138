using System.Net.Sockets;
using TelnetTui.Core.Book;
using TelnetTui.Core.Sessions;
using TelnetTui.Core.Tests.Support;

namespace TelnetTui.Core.Tests.Sessions;

/// <summary>The session's life cycle against a scripted transport: states, close reasons, the book, TLS-only hosts.</summary>
public sealed class SessionStateTests
{
    [Fact]
    public async Task Connect_goes_through_connecting_and_negotiating_to_online_at_the_first_data()
    {
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(SessionHarness.Options(connector: connector));
        Assert.Equal(SessionState.Idle, h.Session.State);

        await h.ConnectAsync();
        Assert.Equal(SessionState.Negotiating, h.Session.State);
        connector.Last.Send("Welcome\r\n");
        await h.PumpUntilAsync(() => h.Session.State == SessionState.Online, "online");

        Assert.Equal([SessionState.Connecting, SessionState.Negotiating, SessionState.Online], h.States.Select(s => s.Current));
        Assert.Equal("Welcome", h.Session.Screen.GetLineText(0));
        Assert.Equal("host.test", connector.Attempts.Single().Host);
    }

    [Fact]
    public async Task A_host_that_only_negotiates_is_online_once_negotiation_goes_quiet()
    {
        var clock = new FakeClock();
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(SessionHarness.Options(connector: connector, clock: clock));
        await h.ConnectAsync();
        connector.Last.Send(TelnetBytes.Cmd(TelnetBytes.Will, TelnetBytes.Sga));
        await h.PumpUntilAsync(() => connector.Last.Written.Length > 0, "DO SGA");

        clock.Advance(TimeSpan.FromMilliseconds(400));
        await h.PumpForAsync(TimeSpan.FromMilliseconds(100));
        Assert.Equal(SessionState.Negotiating, h.Session.State);

        clock.Advance(TimeSpan.FromMilliseconds(200));
        await h.PumpUntilAsync(() => h.Session.State == SessionState.Online, "online after the quiet period");
    }

    [Fact]
    public async Task The_host_closing_the_connection_closes_the_session_with_its_own_message()
    {
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(SessionHarness.Options(connector: connector));
        await h.ConnectAsync();
        connector.Last.Send("bye\r\n");
        connector.Last.End();
        await h.PumpUntilAsync(() => h.Session.State == SessionState.Closed, "closed");

        Assert.Equal(CloseKind.ClosedByHost, h.Session.CloseReason!.Kind);
        Assert.Equal("Connection closed by host.test:23", h.Session.CloseReason.Message);
        await h.Session.WhenClosedAsync();
        Assert.True(connector.Last.Disposed);
        // The notice is shown in the terminal, on its own line.
        Assert.Equal("[Connection closed by host.test:23]", h.Session.Screen.GetLineText(1));
    }

    [Fact]
    public async Task A_reset_connection_says_reset_by_peer()
    {
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(SessionHarness.Options(connector: connector));
        await h.ConnectAsync();
        connector.Last.Fail(new IOException("Connection reset by peer", new SocketException((int)SocketError.ConnectionReset)));
        await h.PumpUntilAsync(() => h.Session.State == SessionState.Closed, "closed");

        Assert.Equal(CloseKind.ResetByPeer, h.Session.CloseReason!.Kind);
        Assert.Equal("Connection reset by host.test:23", h.Session.CloseReason.Message);
    }

    [Fact]
    public async Task Disconnect_closes_cleanly_sends_what_was_queued_and_ignores_late_data()
    {
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(SessionHarness.Options(connector: connector));
        await h.ConnectAsync();
        h.Session.SendText("quit");
        h.Session.Disconnect();

        Assert.Equal(SessionState.Closed, h.Session.State);
        Assert.Equal(CloseKind.ClosedByUser, h.Session.CloseReason!.Kind);
        await h.Session.WhenClosedAsync();
        Assert.True(connector.Last.ShutDown);
        Assert.True(connector.Last.Written.AsSpan().EndsWith("quit"u8));
        connector.Last.Send("late\r\n");
        await h.PumpForAsync(TimeSpan.FromMilliseconds(50));
        Assert.DoesNotContain("late", h.Session.Screen.GetLineText(0), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_connection_to_a_host_the_book_marks_tls_is_refused_without_connecting()
    {
        var connector = new FakeConnector().Succeed();
        var host = SessionHarness.Host() with { Tls = true, Port = 992 };
        await using var h = new SessionHarness(new SessionOptions { Host = host, Connector = connector, Clock = new FakeClock(), UseTls = false });
        h.Session.Connect();

        Assert.Equal(SessionState.Closed, h.Session.State);
        Assert.Equal(CloseKind.TlsRequired, h.Session.CloseReason!.Kind);
        Assert.Contains("marked TLS in the connection book", h.Session.CloseReason.Message, StringComparison.Ordinal);
        Assert.Empty(connector.Attempts);
    }

    [Fact]
    public async Task Tls_follows_the_entry_unless_asked_for()
    {
        var connector = new FakeConnector().Succeed().Succeed();
        await using (var h = new SessionHarness(new SessionOptions { Host = SessionHarness.Host() with { Tls = true }, Connector = connector, Clock = new FakeClock() }))
            await h.ConnectAsync();
        await using (var h = new SessionHarness(new SessionOptions { Host = SessionHarness.Host(), Connector = connector, Clock = new FakeClock(), UseTls = true }))
            await h.ConnectAsync();
        Assert.All(connector.Attempts, a => Assert.True(a.UseTls));
    }

    [Fact]
    public async Task Connecting_updates_the_books_last_connected_and_times_connected()
    {
        using var folder = new TempFolder();
        var path = folder.File("book.toml");
        File.WriteAllText(path, "# my hosts\n[hosts.mud]\nhost = \"mud.test\"\nport = 4000\ntimes_connected = 3\n");
        var book = ConnectionBook.Open(path);
        var clock = new FakeClock();
        await using var h = new SessionHarness(new SessionOptions { Host = book.Find("mud")!, Book = book, Connector = new FakeConnector().Succeed(), Clock = clock });

        await h.ConnectAsync();

        var text = File.ReadAllText(path);
        Assert.StartsWith("# my hosts\n", text, StringComparison.Ordinal);
        Assert.Contains("times_connected = 4", text, StringComparison.Ordinal);
        Assert.Contains("last_connected = 2025-01-02T20:15:00Z", text, StringComparison.Ordinal);
        Assert.Equal(4, h.Session.Host.TimesConnected);
    }

    [Fact]
    public async Task A_host_that_is_not_in_the_book_leaves_the_book_alone()
    {
        using var folder = new TempFolder();
        var path = folder.File("book.toml");
        File.WriteAllText(path, "[hosts.other]\nhost = \"x.test\"\n");
        var book = ConnectionBook.Open(path);
        await using var h = new SessionHarness(new SessionOptions { Host = SessionHarness.Host("quick"), Book = book, Connector = new FakeConnector().Succeed(), Clock = new FakeClock() });
        await h.ConnectAsync();
        Assert.Equal("[hosts.other]\nhost = \"x.test\"\n", File.ReadAllText(path));
    }

    [Fact]
    public async Task Messages_of_an_earlier_connection_are_dropped_after_a_reconnect()
    {
        var connector = new FakeConnector().Succeed().Succeed();
        await using var h = new SessionHarness(SessionHarness.Options(connector: connector));
        await h.ConnectAsync();
        var first = connector.Last;
        h.Session.Disconnect();
        await h.ConnectAsync();
        first.Send("ghost\r\n");
        connector.Last.Send("live\r\n");
        await h.PumpUntilAsync(() => h.Lines.Count > 0, "a line");
        await h.PumpForAsync(TimeSpan.FromMilliseconds(50));
        Assert.Equal(["live"], h.Lines.Select(l => l.Text));
    }
}
