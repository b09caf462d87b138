using TelnetTui.Telnet.Transport;

namespace TelnetTui.Telnet.Tests.Transport;

/// <summary>The address forms of the command line (DESIGN.md: HOST [PORT], telnet://host:port, telnets://host:port).</summary>
public class TelnetAddressTests
{
    [Theory]
    [InlineData("mud.example.org", "mud.example.org", 23, false)]
    [InlineData("bbs.example.org:2323", "bbs.example.org", 2323, false)]
    [InlineData("telnet://host:4000", "host", 4000, false)]
    [InlineData("telnet://host/", "host", 23, false)]
    [InlineData("telnets://host", "host", 992, true)]
    [InlineData("TELNETS://host:6697", "host", 6697, true)]
    [InlineData("[::1]:4000", "::1", 4000, false)]
    [InlineData("::1", "::1", 23, false)]
    public void Parses(string text, string host, int port, bool tls)
    {
        Assert.True(TelnetAddress.TryParse(text, out var address, out var error), error);
        Assert.Equal(new TelnetAddress(host, port, tls), address);
    }

    [Theory]
    [InlineData("http://host", "only telnet:// and telnets://")]
    [InlineData("host:99999", "is not a port number")]
    [InlineData("host:abc", "is not a port number")]
    [InlineData(":23", "no host name")]
    [InlineData("[::1", "missing ']'")]
    public void Bad_addresses_say_what_is_wrong(string text, string message)
    {
        Assert.False(TelnetAddress.TryParse(text, out _, out var error));
        Assert.Contains(message, error);
    }

    [Fact]
    public void Prints_as_a_URI() => Assert.Equal("telnets://[::1]:992", new TelnetAddress("::1", 992, true).ToString());
}
