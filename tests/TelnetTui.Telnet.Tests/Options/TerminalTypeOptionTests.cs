using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
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
}
