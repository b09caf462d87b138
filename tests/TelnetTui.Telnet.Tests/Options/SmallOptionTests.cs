using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Sending;
using TelnetTui.Telnet.Tests.Infrastructure;
using static TelnetTui.Telnet.Tests.Infrastructure.Bytes;

namespace TelnetTui.Telnet.Tests.Options;

/// <summary>BINARY on our side, LOGOUT, LINEMODE words, TSPEED on a server, prompt marks on a server.</summary>
public class SmallOptionTests
{
    [Fact]
    public void With_our_BINARY_on_a_bare_CR_and_the_Enter_key_go_out_raw()
    {
        var h = new EngineHarness(new TelnetSettings { EnterKey = EnterKeyMode.Cr });
        h.Engine.SendData("a\rb"u8);
        h.Engine.SendEnter();
        Assert.Equal(B("\"a\\r\\0b\\r\\0\""), h.Engine.TakeOutput());
        h.Receive(B("IAC DO BINARY"));
        h.Output.Clear();
        h.Engine.SendData("a\rb"u8);
        h.Engine.SendEnter();
        Assert.Equal(B("\"a\\rb\\r\""), h.Engine.TakeOutput());
    }

    [Fact]
    public void The_client_can_ask_the_host_to_log_out()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Engine.RequestEnable(TelnetSide.Remote, TelnetOption.Logout);
        Assert.Equal(B("IAC DO LOGOUT"), h.Engine.TakeOutput());
        h.Receive(B("IAC WILL LOGOUT"));
        Assert.Contains(h.Records, r => r.Meaning == "the host will log this session out (LOGOUT)");
    }

    [Fact]
    public void LINEMODE_subnegotiations_are_described_and_ignored()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Receive(B("IAC SB LINEMODE 01 03 IAC SE IAC SB LINEMODE 03 01 02 03 IAC SE"));
        Assert.Contains(h.Records, r => r.Meaning == "SB LINEMODE MODE 3");
        Assert.Contains(h.Records, r => r.Meaning == "SB LINEMODE SLC (1 triplets)");
        Assert.Empty(h.Output);
    }

    [Fact]
    public void A_server_asks_for_TSPEED_and_records_the_answer()
    {
        var policy = new NegotiationPolicy().Set(TelnetOption.TerminalSpeed, TelnetSide.Remote, OptionPolicy.Offer);
        var h = new EngineHarness(new TelnetSettings { Role = TelnetRole.Server, Policy = policy });
        h.Engine.Start();
        h.TakeOutput();
        h.Receive(B("IAC WILL TSPEED IAC SB TSPEED 00 \"9600,9600\" IAC SE"));
        Assert.Equal(B("IAC DO TSPEED IAC SB TSPEED 01 IAC SE"), h.Output.ToArray());
        Assert.Contains(h.Records, r => r.Meaning == "SB TSPEED IS \"9600,9600\"");
    }

    [Fact]
    public void A_server_ends_prompts_with_GA_or_with_EOR_once_EOR_is_agreed()
    {
        var h = new EngineHarness(new TelnetSettings { Role = TelnetRole.Server, Policy = NegotiationPolicy.ForServer() });
        h.Engine.SendPromptMark();
        Assert.Equal(B("IAC GA"), h.Engine.TakeOutput());
        h.Receive(B("IAC DO EOR"));
        h.Output.Clear();
        h.Engine.SendPromptMark();
        Assert.Equal(B("IAC EOR"), h.Engine.TakeOutput());
    }

    [Fact]
    public void Negotiation_bytes_cannot_be_sent_as_plain_commands()
    {
        var h = new EngineHarness(new TelnetSettings());
        Assert.Throws<ArgumentException>(() => h.Engine.SendCommand(TelnetCommand.Will));
        Assert.Throws<ArgumentException>(() => h.Engine.SendCommand(TelnetCommand.Sb));
    }
}
