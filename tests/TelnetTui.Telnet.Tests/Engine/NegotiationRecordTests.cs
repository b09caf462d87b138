using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Tests.Infrastructure;
using static TelnetTui.Telnet.Tests.Infrastructure.Bytes;

namespace TelnetTui.Telnet.Tests.Engine;

/// <summary>Issue item 5: every protocol event both ways becomes a record with time, direction, raw bytes, words and Q state.</summary>
public class NegotiationRecordTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void DO_NAWS_records_the_request_the_reply_and_the_size_with_states_and_clock_time()
    {
        var clock = new FakeClock(Start);
        var h = new EngineHarness(new TelnetSettings { InitialColumns = 132, InitialRows = 43 }, clock);
        clock.Advance(TimeSpan.FromSeconds(1));
        h.Receive(B("IAC DO NAWS"));

        Assert.Collection(h.Records,
            r =>
            {
                Assert.Equal((Start.AddSeconds(1), TelnetDirection.Received, RecordKind.Negotiation, "DO NAWS"), (r.Time, r.Direction, r.Kind, r.Meaning));
                Assert.Equal(B("IAC DO NAWS"), r.Raw.ToArray());
                Assert.Equal(new OptionState(OptionSideState.Yes, OptionSideState.No), r.StateAfter);
                Assert.Equal((byte)TelnetOption.Naws, r.Option);
            },
            r => Assert.Equal((TelnetDirection.Sent, "WILL NAWS", "local YES, remote NO"), (r.Direction, r.Meaning, r.StateAfter.ToString())),
            r =>
            {
                Assert.Equal((TelnetDirection.Sent, RecordKind.Subnegotiation, "SB NAWS 132x43"), (r.Direction, r.Kind, r.Meaning));
                Assert.Equal(B("IAC SB NAWS 00 84 00 2B IAC SE"), r.Raw.ToArray());
            });
    }

    [Fact]
    public void Subnegotiations_are_described_in_words_both_ways()
    {
        var h = new EngineHarness(new TelnetSettings { UseMtts = false, TerminalTypes = ["XTERM-256COLOR"] });
        h.Receive(B("IAC DO TTYPE IAC SB TTYPE 01 IAC SE IAC WILL GMCP"));
        h.Receive(B("IAC SB GMCP \"Char.Vitals {\\\"hp\\\":10}\" IAC SE"));
        var words = h.Records.Select(r => (r.Direction, r.Meaning)).ToList();
        Assert.Contains((TelnetDirection.Received, "SB TTYPE SEND"), words);
        Assert.Contains((TelnetDirection.Sent, "SB TTYPE IS \"XTERM-256COLOR\""), words);
        Assert.Contains((TelnetDirection.Received, "SB GMCP Char.Vitals {\"hp\":10}"), words);
        Assert.Contains((TelnetDirection.Sent, "SB GMCP Core.Hello {\"client\":\"TelnetTui\",\"version\":\"0.1.0\"}"), words);
    }

    [Fact]
    public void A_request_for_the_state_in_effect_is_recorded_as_needing_no_reply()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Receive(B("IAC WILL ECHO IAC WILL ECHO"));
        Assert.Equal("WILL ECHO (already in that state: no reply)", h.Records[^1].Meaning);
        Assert.Equal(TelnetDirection.Received, h.Records[^1].Direction);
    }

    [Fact]
    public void Commands_and_anomalies_are_records_too()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Receive(B("\"> \" IAC GA IAC SE IAC SB NAWS 00 IAC WILL ECHO"));
        var words = h.Records.Select(r => (r.Kind, r.Meaning)).ToList();
        Assert.Contains((RecordKind.Command, "GA"), words);
        Assert.Contains((RecordKind.Notice, "SE without SB (ignored)"), words);
        Assert.Contains((RecordKind.Notice, "SB NAWS interrupted by IAC WILL after 1 bytes (dropped)"), words);
        h.Engine.SendCommand(TelnetCommand.Ayt);
        Assert.Equal((TelnetDirection.Sent, RecordKind.Command, "AYT"), (h.Records[^1].Direction, h.Records[^1].Kind, h.Records[^1].Meaning));
        Assert.Equal(B("IAC AYT"), h.Records[^1].Raw.ToArray());
    }

    [Fact]
    public void RFC_1143_errors_are_named_in_the_record()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Receive(B("IAC WILL ECHO"));
        h.Engine.RequestDisable(TelnetSide.Remote, TelnetOption.Echo);
        h.Receive(B("IAC WILL ECHO"));
        Assert.Equal("WILL ECHO (RFC 1143: our disable request was answered with an enable)", h.Records[^1].Meaning);
        Assert.Equal(OptionSideState.No, h.Engine.GetState(TelnetSide.Remote, TelnetOption.Echo));
    }

    [Fact]
    public void Compression_start_and_end_are_recorded()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Receive(B("IAC WILL MCCP2 IAC SB MCCP2 IAC SE z{ \"hi\" } \"x\""));
        var words = h.Records.Select(r => r.Meaning).ToList();
        Assert.Contains("SB MCCP2 (compressed data follows)", words);
        Assert.Contains("MCCP2 compression started", words);
        Assert.Contains("MCCP2 compression ended after 2 bytes; plain telnet follows", words);
    }
}
