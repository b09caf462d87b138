using System.Net.Sockets;
using TelnetTui.Core.Book;
using TelnetTui.Core.Sessions;
using TelnetTui.Core.Tests.Support;
using TelnetTui.Telnet.Transport;

namespace TelnetTui.Core.Tests.Sessions;

/// <summary>Auto-reconnect per host (book <c>auto_reconnect</c>): exponential backoff on a fake clock, attempt limits, and when it must not retry.</summary>
public sealed class ReconnectTests
{
    private static readonly AutoReconnect ThreeTries = new(true, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60), 3);

    private static Exception Refused() => new TelnetConnectException("cannot connect", new SocketException((int)SocketError.ConnectionRefused));

    private static (SessionHarness, FakeConnector, FakeClock) Make(FakeConnector connector, AutoReconnect? auto = null)
    {
        var clock = new FakeClock();
        var host = SessionHarness.Host() with { AutoReconnect = auto ?? ThreeTries };
        return (new SessionHarness(new SessionOptions { Host = host, Connector = connector, Clock = clock }), connector, clock);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_with_doubling_delays_until_the_attempts_run_out()
    {
        var (h, connector, clock) = Make(new FakeConnector().Succeed().Fail(Refused()).Fail(Refused()).Fail(Refused()));
        await using (h)
        {
            await h.ConnectAsync();
            connector.Last.Send("hello\r\n");
            connector.Last.End();
            await h.PumpUntilAsync(() => h.Session.State == SessionState.WaitingToReconnect, "the reconnect wait");
            Assert.Equal(CloseKind.ClosedByHost, h.Session.CloseReason!.Kind);
            Assert.Equal(new ReconnectPlan(1, 3, TimeSpan.FromSeconds(2), clock.GetUtcNow() + TimeSpan.FromSeconds(2)), h.Session.Reconnect);

            var waits = new List<TimeSpan>();
            for (var attempt = 2; attempt <= 4; attempt++)
            {
                var delay = h.Session.Reconnect!.Delay;
                waits.Add(delay);
                clock.Advance(delay - TimeSpan.FromMilliseconds(100));
                await h.PumpForAsync(TimeSpan.FromMilliseconds(30));
                Assert.Equal(attempt - 1, connector.Attempts.Count); // not yet
                clock.Advance(TimeSpan.FromMilliseconds(100));
                var expected = attempt;
                await h.PumpUntilAsync(() => connector.Attempts.Count == expected && h.Session.State != SessionState.Connecting, $"attempt {attempt}");
            }

            Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)], waits);
            Assert.Equal(SessionState.Closed, h.Session.State);
            Assert.Equal(CloseKind.Refused, h.Session.CloseReason!.Kind);
            Assert.EndsWith("gave up after 3 reconnect attempt(s)", h.Session.CloseReason.Message, StringComparison.Ordinal);
            Assert.Null(h.Session.Reconnect);
        }
    }

    [Fact]
    public async Task The_delay_is_capped_by_max_delay()
    {
        var auto = new AutoReconnect(true, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(12), 0);
        Assert.Equal([5, 10, 12, 12], Enumerable.Range(1, 4).Select(a => auto.DelayBefore(a).TotalSeconds));
        var (h, connector, clock) = Make(new FakeConnector().Succeed().Fail(Refused()).Fail(Refused()).Fail(Refused()), auto);
        await using (h)
        {
            await h.ConnectAsync();
            connector.Last.End();
            foreach (var expected in new[] { 5, 10, 12 })
            {
                await h.PumpUntilAsync(() => h.Session.State == SessionState.WaitingToReconnect, "the wait");
                Assert.Equal(TimeSpan.FromSeconds(expected), h.Session.Reconnect!.Delay);
                var attempts = connector.Attempts.Count;
                clock.Advance(h.Session.Reconnect.Delay);
                await h.PumpUntilAsync(() => connector.Attempts.Count == attempts + 1 && h.Session.State != SessionState.Connecting, "the attempt");
            }
        }
    }

    [Fact]
    public async Task A_successful_reconnect_starts_the_backoff_over()
    {
        var (h, connector, clock) = Make(new FakeConnector().Succeed().Succeed().Succeed());
        await using (h)
        {
            await h.ConnectAsync();
            connector.Last.End();
            await h.PumpUntilAsync(() => h.Session.State == SessionState.WaitingToReconnect, "the wait");
            clock.Advance(TimeSpan.FromSeconds(2));
            await h.PumpUntilAsync(() => h.Session.State == SessionState.Negotiating, "the reconnection");
            connector.Last.Send("back\r\n");
            await h.PumpUntilAsync(() => h.Session.State == SessionState.Online, "online again");
            connector.Last.End();
            await h.PumpUntilAsync(() => h.Session.State == SessionState.WaitingToReconnect, "the second wait");
            Assert.Equal(1, h.Session.Reconnect!.Attempt);
            Assert.Equal(TimeSpan.FromSeconds(2), h.Session.Reconnect.Delay);
        }
    }

    [Fact]
    public async Task A_first_connect_that_fails_is_not_retried()
    {
        var (h, connector, clock) = Make(new FakeConnector().Fail(Refused()));
        await using (h)
        {
            await h.ConnectAsync();
            Assert.Equal(SessionState.Closed, h.Session.State);
            Assert.Equal(CloseKind.Refused, h.Session.CloseReason!.Kind);
            clock.Advance(TimeSpan.FromMinutes(5));
            await h.PumpForAsync(TimeSpan.FromMilliseconds(30));
            Assert.Single(connector.Attempts);
        }
    }

    [Fact]
    public async Task The_users_disconnect_cancels_a_pending_reconnect()
    {
        var (h, connector, clock) = Make(new FakeConnector().Succeed().Succeed());
        await using (h)
        {
            await h.ConnectAsync();
            connector.Last.End();
            await h.PumpUntilAsync(() => h.Session.State == SessionState.WaitingToReconnect, "the wait");
            h.Session.Disconnect();
            Assert.Equal(CloseKind.ClosedByUser, h.Session.CloseReason!.Kind);
            clock.Advance(TimeSpan.FromMinutes(1));
            await h.PumpForAsync(TimeSpan.FromMilliseconds(30));
            Assert.Single(connector.Attempts);
            Assert.Equal(SessionState.Closed, h.Session.State);
        }
    }

    [Fact]
    public async Task A_certificate_that_changed_is_never_retried()
    {
        var (h, connector, clock) = Make(new FakeConnector().Succeed().Fail(new CertificatePinMismatchException("sha256:AA", "sha256:BB")).Succeed());
        await using (h)
        {
            await h.ConnectAsync();
            connector.Last.End();
            await h.PumpUntilAsync(() => h.Session.State == SessionState.WaitingToReconnect, "the wait");
            clock.Advance(TimeSpan.FromSeconds(2));
            await h.PumpUntilAsync(() => h.Session.State == SessionState.Closed, "the refusal");
            Assert.Equal(CloseKind.TlsCertificateChanged, h.Session.CloseReason!.Kind);
            clock.Advance(TimeSpan.FromMinutes(5));
            await h.PumpForAsync(TimeSpan.FromMilliseconds(30));
            Assert.Equal(2, connector.Attempts.Count);
        }
    }

    [Fact]
    public async Task Without_auto_reconnect_a_drop_just_closes()
    {
        var (h, connector, _) = Make(new FakeConnector().Succeed(), AutoReconnect.Off);
        await using (h)
        {
            await h.ConnectAsync();
            connector.Last.End();
            await h.PumpUntilAsync(() => h.Session.State == SessionState.Closed, "closed");
            Assert.Null(h.Session.Reconnect);
        }
    }
}
