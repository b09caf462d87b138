using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Tests.Infrastructure;
using TelnetTui.Telnet.Values;
using static TelnetTui.Telnet.Tests.Infrastructure.Bytes;

namespace TelnetTui.Telnet.Tests.Options;

/// <summary>GMCP: Core.Hello, Core.Supports.*, messages both ways.</summary>
public class GmcpOptionTests
{
    [Fact]
    public void Messages_are_sent_as_package_and_json_in_one_SB()
    {
        var h = new EngineHarness(new TelnetSettings { GmcpModules = [] });
        h.Receive(B("IAC WILL GMCP"));
        h.Output.Clear();
        h.Engine.SendGmcp("Char.Login", MudValue.Object(("name", MudValue.String("zoë")), ("password", MudValue.String("x"))));
        h.Engine.SendGmcp("Core.Ping");
        h.Engine.GmcpSupportsAdd("Room 1");
        h.Engine.GmcpSupportsRemove("Comm 1");
        h.TakeOutput();
        Assert.Equal(B("IAC SB GMCP \"Char.Login {\\\"name\\\":\\\"zoë\\\",\\\"password\\\":\\\"x\\\"}\" IAC SE IAC SB GMCP \"Core.Ping\" IAC SE " +
                       "IAC SB GMCP \"Core.Supports.Add [\\\"Room 1\\\"]\" IAC SE IAC SB GMCP \"Core.Supports.Remove [\\\"Comm 1\\\"]\" IAC SE"), h.Output.ToArray());
    }

    [Fact]
    public void Sending_before_GMCP_is_agreed_is_a_clear_error()
    {
        var h = new EngineHarness(new TelnetSettings());
        var e = Assert.Throws<InvalidOperationException>(() => h.Engine.SendGmcp("Core.Ping"));
        Assert.Contains("GMCP is not enabled", e.Message);
    }

    [Fact]
    public void Reacknowledge_resends_Core_Hello_after_a_copyover()
    {
        var h = new EngineHarness(new TelnetSettings { Reacknowledge = true, GmcpModules = [] });
        h.Receive(B("IAC WILL GMCP"));
        h.Receive(B("\"Copyover...\\r\\n\" IAC WILL GMCP"));
        Assert.Equal(2, Count(h.Output, "IAC DO GMCP"));
        Assert.Equal(2, Count(h.Output, "\"Core.Hello\""));
    }

    [Fact]
    public void Values_arrive_as_trees()
    {
        var h = new EngineHarness(new TelnetSettings());
        MudMessage? got = null;
        h.Engine.MudMessageReceived += m => got = m;
        h.Receive(B("IAC WILL GMCP IAC SB GMCP \"Room.Info {\\\"num\\\": 12, \\\"exits\\\": {\\\"n\\\": 13}}\" IAC SE"));
        Assert.Equal("Room.Info", got!.Name);
        Assert.Equal(12, got.Value["num"]!.AsNumber);
        Assert.Equal(13, got.Value["exits"]!["n"]!.AsNumber);
        Assert.Null(got.Error);
    }
}
