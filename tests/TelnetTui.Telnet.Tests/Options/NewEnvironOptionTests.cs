using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Tests.Infrastructure;
using static TelnetTui.Telnet.Tests.Infrastructure.Bytes;

namespace TelnetTui.Telnet.Tests.Options;

/// <summary>NEW-ENVIRON (RFC 1572) with MNES.</summary>
public class NewEnvironOptionTests
{
    [Fact]
    public void Configured_variables_are_sent_well_known_as_VAR_others_as_USERVAR_with_special_bytes_escaped()
    {
        var settings = new TelnetSettings();
        settings.Environment["USER"] = "bob";
        settings.Environment["THEME"] = "a\u0001b";
        var h = new EngineHarness(settings);
        h.Receive(B("IAC DO NEW-ENVIRON IAC SB NEW-ENVIRON 01 00 \"USER\" 03 \"\" IAC SE"));
        AssertEndsWith("IAC SB NEW-ENVIRON 00 00 \"USER\" 01 \"bob\" 03 \"THEME\" 01 \"a\" 02 01 \"b\" IAC SE", h.Output);
    }

    [Fact]
    public void Nothing_personal_is_sent_by_default()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Receive(B("IAC DO NEW-ENVIRON IAC SB NEW-ENVIRON 01 IAC SE"));
        var sent = Show(h.Output.ToArray());
        Assert.DoesNotContain("USER", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("IPADDRESS", sent, StringComparison.Ordinal);
        Assert.Contains("CLIENT_NAME", sent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_asks_for_everything_and_reports_IS_and_INFO()
    {
        var h = new EngineHarness(new TelnetSettings { Role = TelnetRole.Server, Policy = NegotiationPolicy.ForServer() });
        IReadOnlyDictionary<string, string>? env = null;
        h.Engine.EnvironmentReceived += e => env = e;
        h.Receive(B("IAC WILL NEW-ENVIRON"));
        AssertEndsWith("IAC SB NEW-ENVIRON 01 IAC SE", h.Output);
        h.Receive(B("IAC SB NEW-ENVIRON 00 00 \"CLIENT_NAME\" 01 \"Mudlet\" 00 \"CHARSET\" 01 \"UTF-8\" IAC SE"));
        h.Receive(B("IAC SB NEW-ENVIRON 02 00 \"CHARSET\" 01 \"CP437\" IAC SE"));
        Assert.Equal("Mudlet", env!["CLIENT_NAME"]);
        Assert.Equal("CP437", env["CHARSET"]);
        Assert.Contains(h.Records, r => r.Meaning == "SB NEW-ENVIRON INFO VAR \"CHARSET\" VALUE \"CP437\"");
    }
}
