using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Tests.Infrastructure;
using static TelnetTui.Telnet.Tests.Infrastructure.Bytes;

namespace TelnetTui.Telnet.Tests.Options;

/// <summary>STATUS (RFC 859) requests and TIMING-MARK (RFC 860) answers.</summary>
public class StatusAndTimingMarkOptionTests
{
    [Fact]
    public void STATUS_can_be_requested_once_the_peer_agreed_and_its_IS_is_described()
    {
        var h = new EngineHarness(new TelnetSettings());
        Assert.Throws<InvalidOperationException>(() => h.Engine.RequestStatus());
        h.Receive(B("IAC WILL STATUS"));
        h.Output.Clear();
        h.Engine.RequestStatus();
        h.TakeOutput();
        Assert.Equal(B("IAC SB STATUS 01 IAC SE"), h.Output.ToArray());
        h.Receive(B("IAC SB STATUS 00 WILL ECHO DO NAWS IAC SE"));
        Assert.Contains(h.Records, r => r.Meaning == "SB STATUS IS WILL ECHO DO NAWS");
    }

    [Fact]
    public void Our_timing_mark_is_answered_with_an_event()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Engine.RequestTimingMark();
        h.Engine.RequestTimingMark();
        Assert.Equal(B("IAC DO TIMING-MARK IAC DO TIMING-MARK"), h.Engine.TakeOutput());
        h.Receive(B("IAC WILL TIMING-MARK IAC WONT TIMING-MARK"));
        Assert.Equal(["tm WILL", "tm WONT"], h.Transcript.Events);
        Assert.Empty(h.Output);
    }
}
