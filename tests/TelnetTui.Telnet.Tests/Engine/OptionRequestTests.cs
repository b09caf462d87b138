using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Tests.Infrastructure;
using static TelnetTui.Telnet.Tests.Infrastructure.Bytes;

namespace TelnetTui.Telnet.Tests.Engine;

/// <summary>Requests from the UI (the inspector's option view) follow RFC 1143 too; option queries for both sides.</summary>
public class OptionRequestTests
{
    [Fact]
    public void Requesting_ECHO_sends_DO_once_and_the_WILL_answer_turns_it_on_without_a_reply()
    {
        var h = new EngineHarness(new TelnetSettings());
        Assert.True(h.Engine.RequestEnable(TelnetSide.Remote, TelnetOption.Echo));
        Assert.Equal(B("IAC DO ECHO"), h.Engine.TakeOutput());
        Assert.Equal(QState.WantYes, h.Engine.GetState(TelnetSide.Remote, TelnetOption.Echo).State);
        Assert.False(h.Engine.RequestEnable(TelnetSide.Remote, TelnetOption.Echo, out var error));
        Assert.Equal("already negotiating for enable", error);
        h.Receive(B("IAC WILL ECHO"));
        Assert.Empty(h.Output);
        Assert.True(h.Engine.IsEnabled(TelnetSide.Remote, TelnetOption.Echo));
        Assert.Equal(["on REMOTE ECHO"], h.Transcript.Events);
    }

    [Fact]
    public void A_refused_request_leaves_the_option_off_and_fires_no_change()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Engine.RequestEnable(TelnetSide.Local, TelnetOption.Naws);
        h.TakeOutput();
        h.Receive(B("IAC DONT NAWS"));
        Assert.Equal(B("IAC WILL NAWS"), h.Output.ToArray());
        Assert.Equal(OptionSideState.No, h.Engine.GetState(TelnetSide.Local, TelnetOption.Naws));
        Assert.Empty(h.Transcript.Events);
    }

    [Fact]
    public void Disabling_an_enabled_option_from_the_UI_reports_the_change_at_once()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Receive(B("IAC WILL SGA"));
        h.Output.Clear();
        Assert.True(h.Engine.RequestDisable(TelnetSide.Remote, TelnetOption.SuppressGoAhead));
        h.TakeOutput();
        Assert.Equal(B("IAC DONT SGA"), h.Output.ToArray());
        Assert.Equal(["on REMOTE SGA", "off REMOTE SGA"], h.Transcript.Events);
        h.Receive(B("IAC WONT SGA"));
        Assert.Equal(OptionSideState.No, h.Engine.GetState(TelnetSide.Remote, TelnetOption.SuppressGoAhead));
    }

    [Fact]
    public void Option_state_is_reported_for_both_sides()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Receive(B("IAC WILL BINARY IAC DO BINARY"));
        Assert.Equal(new OptionState(OptionSideState.Yes, OptionSideState.Yes), h.Engine.GetState(TelnetOption.Binary));
        Assert.True(h.Engine.SendBinary);
        Assert.True(h.Engine.ReceiveBinary);
    }
}
