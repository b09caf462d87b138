using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Options;
using TelnetTui.Telnet.Tests.Infrastructure;
using static TelnetTui.Telnet.Tests.Infrastructure.Bytes;

namespace TelnetTui.Telnet.Tests.Options;

/// <summary>CHARSET (RFC 2066) in both roles.</summary>
public class CharsetOptionTests
{
    [Fact]
    public void Our_request_goes_out_and_the_servers_ACCEPTED_agrees_the_normalised_name()
    {
        var h = new EngineHarness(new TelnetSettings { Charsets = ["UTF-8", "CP437"] });
        h.Receive(B("IAC WILL CHARSET"));
        h.Output.Clear();
        h.Engine.RequestCharset();
        h.TakeOutput();
        Assert.Equal(B("IAC SB CHARSET 01 \";UTF-8;CP437\" IAC SE"), h.Output.ToArray());
        h.Receive(B("IAC SB CHARSET 02 \"cp437\" IAC SE"));
        Assert.Equal("IBM437", h.Engine.Charset);
        Assert.Contains("charset IBM437", h.Transcript.Events);
    }

    [Fact]
    public void A_REJECTED_answer_keeps_the_charset()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Receive(B("IAC DO CHARSET"));
        h.Engine.RequestCharset(["KOI8-R"]);
        h.Receive(B("IAC SB CHARSET 03 IAC SE"));
        Assert.Equal("UTF-8", h.Engine.Charset);
        Assert.DoesNotContain(h.Transcript.Events, e => e.StartsWith("charset", StringComparison.Ordinal));
    }

    [Fact]
    public void An_ACCEPTED_nobody_asked_for_is_ignored()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Receive(B("IAC DO CHARSET IAC SB CHARSET 02 \"KOI8-R\" IAC SE"));
        Assert.Equal("UTF-8", h.Engine.Charset);
    }

    [Fact]
    public void With_request_on_agree_set_the_client_asks_as_soon_as_CHARSET_is_agreed()
    {
        var h = new EngineHarness(new TelnetSettings { RequestCharset = true, Charsets = ["UTF-8"] });
        h.Receive(B("IAC WILL CHARSET"));
        Assert.Equal(B("IAC DO CHARSET IAC SB CHARSET 01 \";UTF-8\" IAC SE"), h.Output.ToArray());
    }

    [Fact]
    public void When_both_ask_at_once_the_server_rejects_the_clients_request_and_the_client_answers_the_servers()
    {
        var server = new EngineHarness(new TelnetSettings { Role = TelnetRole.Server, Policy = NegotiationPolicy.ForServer(), Charsets = ["UTF-8"] });
        server.Receive(B("IAC DO CHARSET"));
        server.Engine.RequestCharset();
        server.TakeOutput();
        server.Output.Clear();
        server.Receive(B("IAC SB CHARSET 01 \";UTF-8\" IAC SE"));
        Assert.Equal(B("IAC SB CHARSET 03 IAC SE"), server.Output.ToArray());

        var client = new EngineHarness(new TelnetSettings { Charsets = ["UTF-8"] });
        client.Receive(B("IAC WILL CHARSET"));
        client.Engine.RequestCharset();
        client.TakeOutput();
        client.Output.Clear();
        client.Receive(B("IAC SB CHARSET 01 \";UTF-8\" IAC SE"));
        Assert.Equal(B("IAC SB CHARSET 02 \"UTF-8\" IAC SE"), client.Output.ToArray());
        Assert.Contains("charset UTF-8", client.Transcript.Events);
    }

    [Fact]
    public void Requests_before_CHARSET_is_agreed_are_not_answered()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Receive(B("IAC SB CHARSET 01 \";UTF-8\" IAC SE"));
        Assert.Empty(h.Output);
        Assert.Throws<InvalidOperationException>(() => h.Engine.RequestCharset());
    }

    [Theory]
    [InlineData("utf8", "UTF-8")]
    [InlineData(" Latin1 ", "ISO-8859-1")]
    [InlineData("iso_8859-1", "ISO-8859-1")]
    [InlineData("cp437", "IBM437")]
    [InlineData("ascii", "US-ASCII")]
    [InlineData("windows-1252", "WINDOWS-1252")]
    [InlineData("x-unknown", "X-UNKNOWN")]
    public void Names_are_normalised(string name, string canonical) => Assert.Equal(canonical, CharsetNames.Normalize(name));
}
