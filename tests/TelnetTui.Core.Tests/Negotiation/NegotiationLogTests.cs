using TelnetTui.Core.Negotiation;
using TelnetTui.Core.Sessions;
using TelnetTui.Core.Tests.Support;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using static TelnetTui.Core.Tests.Support.TelnetBytes;

namespace TelnetTui.Core.Tests.Negotiation;

/// <summary>The inspector's data: a bounded record of negotiation, the option table with both sides, and requests from the UI (RFC 1143).</summary>
public sealed class NegotiationLogTests
{
    private static NegotiationRecord Record(int n) =>
        new(DateTimeOffset.UnixEpoch.AddSeconds(n), TelnetDirection.Received, RecordKind.Command, null, $"#{n}", Array.Empty<byte>(), null);

    [Fact]
    public void The_ring_keeps_the_newest_records_in_order_and_counts_them_all()
    {
        var log = new NegotiationLog(3);
        for (var i = 0; i < 5; i++)
            log.Add(Record(i));
        Assert.Equal(3, log.Count);
        Assert.Equal(5, log.TotalRecorded);
        Assert.Equal(2, log.FirstSequence);
        Assert.Equal(["#2", "#3", "#4"], log.ToArray().Select(r => r.Meaning));
        Assert.Throws<ArgumentOutOfRangeException>(() => log[3]);
    }

    [Fact]
    public async Task A_negotiation_storm_costs_a_bounded_log_and_bounded_replies()
    {
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(SessionHarness.Options(connector: connector));
        await h.ConnectAsync();
        var storm = new List<byte>();
        for (var i = 0; i < 10_000; i++)
            storm.AddRange([Iac, Will, Echo, Iac, Wont, Echo]);
        connector.Last.Send([.. storm]);
        await h.PumpUntilAsync(() => h.Session.BytesReceived >= storm.Count, "the storm");
        await h.PumpForAsync(TimeSpan.FromMilliseconds(50));

        Assert.Equal(NegotiationLog.DefaultCapacity, h.Session.NegotiationLog.Count);
        Assert.True(h.Session.NegotiationLog.TotalRecorded >= 20_000);
        // RFC 1143: one reply per request that changes the state, never more (DO for WILL, DONT for WONT).
        Assert.True(connector.Last.Written.Length <= 20_000 * 3);
    }

    [Fact]
    public async Task The_option_table_shows_both_sides_and_the_ui_can_ask_for_an_option()
    {
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(SessionHarness.Options(connector: connector));
        var records = new List<NegotiationRecord>();
        h.Session.NegotiationRecorded += records.Add;
        await h.ConnectAsync();
        connector.Last.Send(Bytes(Cmd(Will, Echo), Cmd(Do, Naws)));
        await h.PumpUntilAsync(() => h.Session.Engine!.IsEnabled(TelnetSide.Local, TelnetOption.Naws), "NAWS");

        var rows = h.Session.GetOptionStates();
        var echo = rows.Single(r => r.Option == TelnetOption.Echo);
        Assert.Equal("ECHO", echo.Name);
        Assert.Equal(QState.Yes, echo.State.Remote.State);
        Assert.Equal(QState.No, echo.State.Local.State);
        Assert.Equal(QState.Yes, rows.Single(r => r.Option == TelnetOption.Naws).State.Local.State);

        Assert.True(h.Session.RequestOption(TelnetSide.Remote, TelnetOption.Echo, enable: false, out var error));
        Assert.Null(error);
        await h.PumpUntilAsync(() => Contains(connector.Last.Written, Cmd(Dont, Echo)), "DONT ECHO");
        Assert.False(h.Session.RequestOption(TelnetSide.Remote, TelnetOption.Echo, enable: false, out error));
        Assert.NotNull(error);
        Assert.Contains(records, r => r.Direction == TelnetDirection.Sent && r.Meaning == "DONT ECHO");
    }
}
