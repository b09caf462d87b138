using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Tests.Infrastructure;
using static TelnetTui.Telnet.Tests.Infrastructure.Bytes;

namespace TelnetTui.Telnet.Tests.Options;

/// <summary>TTYPE (RFC 1091) and MTTS.</summary>
public class TerminalTypeOptionTests
{
    [Fact]
    public void Without_MTTS_the_list_is_cycled_and_its_last_entry_repeated()
    {
        var h = new EngineHarness(new TelnetSettings { UseMtts = false, TerminalTypes = ["ANSI", "VT100"] });
        h.Receive(B("IAC DO TTYPE"));
        for (var i = 0; i < 3; i++)
            h.Receive(B("IAC SB TTYPE 01 IAC SE"));
        Assert.Equal(B("IAC WILL TTYPE IAC SB TTYPE 00 \"ANSI\" IAC SE IAC SB TTYPE 00 \"VT100\" IAC SE IAC SB TTYPE 00 \"VT100\" IAC SE"), h.Output.ToArray());
    }

    [Fact]
    public void MTTS_bits_follow_the_settings()
    {
        var h = new EngineHarness(new TelnetSettings { ClientName = "tt", TerminalTypes = ["ANSI"], Mtts = MttsFlags.Ansi | MttsFlags.Ssl });
        h.Receive(B("IAC DO TTYPE IAC SB TTYPE 01 IAC SE IAC SB TTYPE 01 IAC SE IAC SB TTYPE 01 IAC SE"));
        AssertEndsWith("IAC SB TTYPE 00 \"TT\" IAC SE IAC SB TTYPE 00 \"ANSI\" IAC SE IAC SB TTYPE 00 \"MTTS 2049\" IAC SE", h.Output);
    }

    [Fact]
    public void A_server_asks_until_the_client_repeats_itself_and_keeps_the_list()
    {
        var settings = new TelnetSettings { Role = TelnetRole.Server, Policy = NegotiationPolicy.ForServer() };
        var h = new EngineHarness(settings);
        h.Receive(B("IAC WILL TTYPE"));
        h.Receive(B("IAC SB TTYPE 00 \"MUDLET\" IAC SE IAC SB TTYPE 00 \"XTERM\" IAC SE IAC SB TTYPE 00 \"MTTS 137\" IAC SE IAC SB TTYPE 00 \"MTTS 137\" IAC SE"));
        Assert.Equal(["MUDLET", "XTERM", "MTTS 137"], h.Engine.ReceivedTerminalTypes);
        Assert.Equal(4, Count(h.Output, "IAC SB TTYPE 01 IAC SE"));
    }

    [Fact]
    public void A_client_and_a_server_engine_complete_the_MTTS_cycle_together()
    {
        var client = new TelnetEngine(new TelnetSettings());
        var server = new TelnetEngine(new TelnetSettings { Role = TelnetRole.Server, Policy = NegotiationPolicy.ForServer() });
        server.Start();
        for (var i = 0; i < 20 && (client.HasPendingOutput || server.HasPendingOutput); i++)
        {
            client.Receive(server.TakeOutput());
            server.Receive(client.TakeOutput());
        }
        Assert.Equal(["TELNETTUI", "XTERM-256COLOR", "MTTS 783"], server.ReceivedTerminalTypes);
        Assert.Equal(new WindowSize(80, 24), server.WindowSize);
    }

    [Fact]
    public void Restarting_the_cycle_makes_the_client_engine_start_again_from_its_name()
    {
        var (client, server, reported, sent) = CompletedCycle();
        reported.Clear();
        sent.Clear();

        server.RestartTerminalTypeCycle();
        Assert.Equal(["DONT TTYPE"], sent);
        Pump(client, server);

        // DO TTYPE only once the WONT came (RFC 1143 §7 queue); the client's cycle starts again.
        Assert.Equal(["DONT TTYPE", "DO TTYPE", "SB TTYPE SEND", "SB TTYPE SEND", "SB TTYPE SEND", "SB TTYPE SEND"], sent);
        Assert.Equal(["TELNETTUI", "XTERM-256COLOR", "MTTS 783", "MTTS 783"], reported);
        Assert.Equal(["TELNETTUI", "XTERM-256COLOR", "MTTS 783"], server.ReceivedTerminalTypes);
        Assert.True(server.IsEnabled(TelnetSide.Remote, TelnetOption.TerminalType));
        Assert.True(client.IsEnabled(TelnetSide.Local, TelnetOption.TerminalType));
    }

    [Fact]
    public void A_next_request_gets_the_next_name_and_restarts_nothing()
    {
        var (client, server, reported, sent) = CompletedCycle();
        reported.Clear();
        sent.Clear();

        server.RequestNextTerminalType();
        Pump(client, server);

        Assert.Equal(["SB TTYPE SEND"], sent);

        Assert.Equal(["MTTS 783"], reported);
        Assert.Equal(["TELNETTUI", "XTERM-256COLOR", "MTTS 783"], server.ReceivedTerminalTypes);
    }

    [Fact]
    public void Restarting_while_TTYPE_is_off_sends_DO_alone()
    {
        var server = new TelnetEngine(new TelnetSettings { Role = TelnetRole.Server, Policy = NegotiationPolicy.ForServer() });
        server.RestartTerminalTypeCycle();
        Assert.Equal(B("IAC DO TTYPE"), server.PendingOutput.ToArray());
    }

    /// <summary>A client and a server engine after the opening negotiation, with every name the server was told.</summary>
    private static (TelnetEngine Client, TelnetEngine Server, List<string> Reported, List<string> SentTtype) CompletedCycle()
    {
        var client = new TelnetEngine(new TelnetSettings());
        var server = new TelnetEngine(new TelnetSettings { Role = TelnetRole.Server, Policy = NegotiationPolicy.ForServer() });
        var reported = new List<string>();
        var sent = new List<string>();
        server.TerminalTypeReceived += reported.Add;
        server.Recorded += r =>
        {
            if (r.Direction == TelnetDirection.Sent && r.Option == TelnetOption.TerminalType)
                sent.Add(r.Meaning);
        };
        server.Start();
        Pump(client, server);
        Assert.Equal(["TELNETTUI", "XTERM-256COLOR", "MTTS 783", "MTTS 783"], reported);
        return (client, server, reported, sent);
    }

    private static void Pump(TelnetEngine client, TelnetEngine server)
    {
        for (var i = 0; i < 20 && (client.HasPendingOutput || server.HasPendingOutput); i++)
        {
            client.Receive(server.TakeOutput());
            server.Receive(client.TakeOutput());
        }
        Assert.False(client.HasPendingOutput || server.HasPendingOutput, "negotiation did not settle");
    }
}
