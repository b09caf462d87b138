using TelnetTui.Core.Sessions;
using TelnetTui.Core.Settings;
using TelnetTui.Core.Tests.Support;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Server;
using static TelnetTui.Core.Tests.Support.TelnetBytes;

namespace TelnetTui.Core.Tests.Sessions;

/// <summary>NAWS (RFC 1073) follows the terminal pane: sent when asked and again on every resize, unless the host entry pins a size.</summary>
public sealed class NawsTests
{
    [Fact]
    public async Task The_server_gets_the_pane_size_and_every_new_one_at_once()
    {
        var sizes = new System.Collections.Concurrent.ConcurrentQueue<WindowSize>();
        await using var server = new TelnetServer(async (channel, ct) =>
        {
            while (!ct.IsCancellationRequested)
            {
                var size = channel.Query(e => e.WindowSize);
                if (sizes.IsEmpty || !sizes.Last().Equals(size))
                    sizes.Enqueue(size);
                await Task.Delay(5, ct);
            }
        });
        server.Start();
        await using var h = new SessionHarness(new SessionOptions
        {
            Host = SessionHarness.Host(host: "127.0.0.1", port: server.LocalEndPoint.Port),
            Connector = new TcpSessionConnector(),
            Columns = 100,
            Rows = 30,
        });
        await h.ConnectAsync();
        await h.PumpUntilAsync(() => sizes.Contains(new WindowSize(100, 30)), "100x30 at the server");

        h.Session.Resize(120, 40);
        await h.PumpUntilAsync(() => sizes.Contains(new WindowSize(120, 40)), "120x40 at the server");
        h.Session.Resize(90, 20);
        await h.PumpUntilAsync(() => sizes.Contains(new WindowSize(90, 20)), "90x20 at the server");
        Assert.Equal(90, h.Session.Screen.Columns);
        Assert.Equal(20, h.Session.Screen.Rows);
    }

    [Fact]
    public async Task A_pinned_size_is_what_the_server_gets_and_the_emulator_uses_whatever_the_pane_does()
    {
        var sizes = new System.Collections.Concurrent.ConcurrentQueue<WindowSize>();
        await using var server = new TelnetServer(async (channel, ct) =>
        {
            while (!ct.IsCancellationRequested)
            {
                sizes.Enqueue(channel.Query(e => e.WindowSize));
                await Task.Delay(5, ct);
            }
        });
        server.Start();
        await using var h = new SessionHarness(new SessionOptions
        {
            Host = SessionHarness.Host(host: "127.0.0.1", port: server.LocalEndPoint.Port) with { NawsSize = new TerminalSize(80, 25) },
            Connector = new TcpSessionConnector(),
            Columns = 132,
            Rows = 50,
        });
        await h.ConnectAsync();
        await h.PumpUntilAsync(() => sizes.Contains(new WindowSize(80, 25)), "80x25 at the server");
        h.Session.Resize(150, 60);
        await h.PumpForAsync(TimeSpan.FromMilliseconds(200));

        Assert.DoesNotContain(new WindowSize(150, 60), sizes);
        Assert.DoesNotContain(new WindowSize(132, 50), sizes);
        Assert.Equal((80, 25), (h.Session.Screen.Columns, h.Session.Screen.Rows));
        Assert.Equal(new WindowSize(150, 60), h.Session.PaneSize);
        Assert.Equal(new WindowSize(80, 25), h.Session.NawsSize);
        Assert.True(h.Session.IsSizePinned);
    }

    [Fact]
    public async Task The_subnegotiation_doubles_0xFF_and_is_sent_on_each_resize()
    {
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(new SessionOptions { Host = SessionHarness.Host(), Connector = connector, Clock = new FakeClock(), Columns = 100, Rows = 30 });
        await h.ConnectAsync();
        var host = connector.Last;
        host.Send(Cmd(Do, Naws));
        // RFC 1073: IAC WILL NAWS, then IAC SB NAWS width(16) height(16) IAC SE.
        byte[] first = [Iac, Will, Naws, Iac, Sb, Naws, 0, 100, 0, 30, Iac, Se];
        await h.PumpUntilAsync(() => Contains(host.Written, first), "WILL NAWS and 100x30");

        host.ClearWritten();
        h.Session.Resize(255, 40);
        await h.PumpUntilAsync(() => host.Written.Length > 0, "the new size");
        Assert.Equal([Iac, Sb, Naws, 0, 255, 255, 0, 40, Iac, Se], host.Written);

        host.ClearWritten();
        h.Session.Resize(255, 40); // the same size again: nothing to say
        await h.PumpForAsync(TimeSpan.FromMilliseconds(50));
        Assert.Empty(host.Written);
    }

    [Fact]
    public async Task A_resize_before_the_server_asks_is_sent_when_it_asks()
    {
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(SessionHarness.Options(connector: connector));
        await h.ConnectAsync();
        var host = connector.Last;
        h.Session.Resize(132, 43);
        await h.PumpForAsync(TimeSpan.FromMilliseconds(50));
        Assert.False(Contains(host.Written, [Iac, Sb, Naws]));
        host.Send(Cmd(Do, Naws));
        await h.PumpUntilAsync(() => Contains(host.Written, [Iac, Sb, Naws, 0, 132, 0, 43, Iac, Se]), "132x43");
    }
}
