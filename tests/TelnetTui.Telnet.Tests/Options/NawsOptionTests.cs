using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Tests.Infrastructure;
using static TelnetTui.Telnet.Tests.Infrastructure.Bytes;

namespace TelnetTui.Telnet.Tests.Options;

/// <summary>NAWS (RFC 1073): sent on request and again on every size change; values clamped, 0xFF doubled.</summary>
public class NawsOptionTests
{
    [Fact]
    public void Every_size_change_is_sent_once_NAWS_is_on_and_an_unchanged_size_is_not_resent()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Engine.SetWindowSize(100, 30);
        Assert.False(h.Engine.HasPendingOutput);
        h.Receive(B("IAC DO NAWS"));
        Assert.Equal(B("IAC WILL NAWS IAC SB NAWS 00 64 00 1E IAC SE"), h.Output.ToArray());
        h.Output.Clear();

        h.Engine.SetWindowSize(120, 40);
        h.TakeOutput();
        h.Engine.SetWindowSize(120, 40);
        h.TakeOutput();
        Assert.Equal(B("IAC SB NAWS 00 78 00 28 IAC SE"), h.Output.ToArray());
    }

    [Theory]
    [InlineData(-5, 70000, "IAC SB NAWS 00 00 FF FF FF FF IAC SE")]
    [InlineData(65535, 0, "IAC SB NAWS FF FF FF FF 00 00 IAC SE")]
    [InlineData(255, 255, "IAC SB NAWS 00 FF FF 00 FF FF IAC SE")]
    public void Values_are_clamped_to_0_65535_and_0xFF_is_doubled(int columns, int rows, string expected)
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Receive(B("IAC DO NAWS"));
        h.Output.Clear();
        h.Engine.SetWindowSize(columns, rows);
        h.TakeOutput();
        Assert.Equal(B(expected), h.Output.ToArray());
    }

    [Fact]
    public void After_DONT_NAWS_sizes_are_not_sent_and_a_new_DO_sends_the_current_size()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Receive(B("IAC DO NAWS IAC DONT NAWS"));
        h.Output.Clear();
        h.Engine.SetWindowSize(90, 20);
        h.TakeOutput();
        Assert.Empty(h.Output);
        h.Receive(B("IAC DO NAWS"));
        Assert.Equal(B("IAC WILL NAWS IAC SB NAWS 00 5A 00 14 IAC SE"), h.Output.ToArray());
    }

    [Fact]
    public void A_server_reports_the_clients_size_and_ignores_a_malformed_one()
    {
        var h = new EngineHarness(new TelnetSettings { Role = TelnetRole.Server, Policy = NegotiationPolicy.ForServer() });
        h.Receive(B("IAC WILL NAWS IAC SB NAWS 00 50 00 19 IAC SE IAC SB NAWS 01 IAC SE"));
        Assert.Equal(new WindowSize(80, 25), h.Engine.WindowSize);
        Assert.Single(h.Transcript.Events, "window 80x25");
        Assert.Contains(h.Records, r => r.Meaning == "SB NAWS malformed (1 bytes, expected 4)");
    }
}
