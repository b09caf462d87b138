using TelnetTui.Core.Book;
using TelnetTui.Core.Sessions;
using TelnetTui.Core.Settings;
using TelnetTui.Core.Tests.Support;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Sending;
using TelnetTui.Terminal.Text;
using CoreOptionPolicy = TelnetTui.Core.Settings.OptionPolicy;
using TelnetOptionPolicy = TelnetTui.Telnet.Negotiation.OptionPolicy;

namespace TelnetTui.Core.Tests.Sessions;

/// <summary>Book entry and config → telnet engine settings and terminal options.</summary>
public sealed class SettingsMappingTests
{
    [Fact]
    public void A_bbs_entry_gets_cp437_ansi_bbs_its_pinned_size_and_binary()
    {
        var host = SampleHosts.DemoBbs;
        var encoding = TerminalOptionsMapper.Encoding(host);
        var terminal = TerminalOptionsMapper.Create(AppSettings.Defaults, host, 80, 25);
        Assert.Same(TerminalEncoding.Cp437, terminal.Encoding);
        Assert.True(terminal.AnsiBbs);
        Assert.True(terminal.IceColors);
        Assert.Equal(10_000, terminal.ScrollbackLines);

        var telnet = TelnetSettingsMapper.Create(AppSettings.Defaults, host, 80, 25, encoding);
        Assert.Equal(["ANSI", "XTERM-256COLOR", "XTERM", "VT100"], telnet.TerminalTypes);
        Assert.True(telnet.ForceBinary);
        Assert.Equal(TelnetOptionPolicy.Offer, telnet.Policy.Get(TelnetOption.Binary, TelnetSide.Local));
        Assert.Equal(TelnetOptionPolicy.Offer, telnet.Policy.Get(TelnetOption.Binary, TelnetSide.Remote));
        Assert.Equal((80, 25), (telnet.InitialColumns, telnet.InitialRows));
        Assert.Equal("IBM437", telnet.InitialCharset);
        Assert.Equal(["IBM437"], telnet.Charsets);
        Assert.Equal(MttsFlags.None, telnet.Mtts & MttsFlags.Utf8);
        Assert.Equal(EnterKeyMode.CrLf, telnet.EnterKey);
    }

    [Fact]
    public void A_mud_entry_gets_its_option_policies_over_the_config()
    {
        var app = AppSettings.Defaults with
        {
            Telnet = new TelnetTui.Core.Settings.TelnetSettings
            {
                ClientName = "Mine",
                Mccp = false,
                GmcpModules = ["Char 1"],
                OptionPolicies = new Dictionary<string, CoreOptionPolicy> { ["mssp"] = CoreOptionPolicy.Accept, ["atcp"] = CoreOptionPolicy.Request, ["linemode"] = CoreOptionPolicy.Accept },
            },
        };
        var host = SampleHosts.DemoMud with { EnterKey = EnterKey.Lf, ReAcknowledge = true };
        var telnet = TelnetSettingsMapper.Create(app, host, 120, 40, TerminalEncoding.Utf8);
        var policy = telnet.Policy;
        Assert.Equal(TelnetOptionPolicy.Offer, policy.Get(TelnetOption.Gmcp, TelnetSide.Remote));  // host: gmcp = request
        Assert.Equal(TelnetOptionPolicy.Refuse, policy.Get(TelnetOption.Mssp, TelnetSide.Remote)); // host refuse beats config accept
        Assert.Equal(TelnetOptionPolicy.Offer, policy.Get(200, TelnetSide.Remote));               // ATCP is the server's option
        Assert.Equal(TelnetOptionPolicy.Refuse, policy.Get(200, TelnetSide.Local));
        Assert.Equal(TelnetOptionPolicy.Accept, policy.Get(TelnetOption.Linemode, TelnetSide.Local)); // LINEMODE is ours
        Assert.Equal(TelnetOptionPolicy.Refuse, policy.Get(TelnetOption.Mccp2, TelnetSide.Remote));   // mccp = false
        Assert.False(telnet.Mccp);
        Assert.Equal("Mine", telnet.ClientName);
        Assert.Equal(["Char 1"], telnet.GmcpModules);
        Assert.Equal(EnterKeyMode.Lf, telnet.EnterKey);
        Assert.True(telnet.Reacknowledge);
        Assert.Equal(["UTF-8", "ISO-8859-1", "US-ASCII"], telnet.Charsets);
        Assert.False(TerminalOptionsMapper.Create(app, host, 120, 40).AnsiBbs!.Value);
    }

    [Fact]
    public void Bbs_mode_turns_ansi_bbs_on_even_in_utf8_and_an_unknown_encoding_falls_back_to_utf8()
    {
        var bbs = SessionHarness.Host() with { Mode = HostMode.Bbs };
        Assert.True(TerminalOptionsMapper.Create(AppSettings.Defaults, bbs, 80, 25).AnsiBbs!.Value);
        Assert.Same(TerminalEncoding.Utf8, TerminalOptionsMapper.Encoding(SessionHarness.Host() with { Encoding = "klingon" }));
        Assert.Equal("koi8-r", TerminalOptionsMapper.Encoding(SessionHarness.Host(), "koi8-r").Name);
    }

    [Fact]
    public async Task The_session_applies_command_line_overrides()
    {
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(new SessionOptions
        {
            Host = SessionHarness.Host(),
            Connector = connector,
            Clock = new FakeClock(),
            Encoding = "cp437",
            ForceBinary = true,
            TerminalType = "vt220",
        });
        await h.ConnectAsync();
        Assert.Same(TerminalEncoding.Cp437, h.Session.Encoding);
        Assert.True(h.Session.Engine!.Settings.ForceBinary);
        Assert.Equal("VT220", h.Session.Engine.Settings.TerminalTypes[0]);
        Assert.True(h.Session.Screen.Modes.AnsiBbs);
    }
}
