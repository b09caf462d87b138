using System.IO.Compression;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Tests.Infrastructure;
using static TelnetTui.Telnet.Tests.Infrastructure.Bytes;

namespace TelnetTui.Telnet.Tests.Options;

/// <summary>MCCP3: the client compresses what it sends when the server asks.</summary>
public class Mccp3OptionTests
{
    [Fact]
    public void After_the_handshake_everything_sent_is_a_zlib_stream_the_server_can_inflate_at_once()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Receive(B("IAC WILL MCCP3"));
        h.Output.Clear();
        h.Engine.SendLine("look"u8);
        h.Engine.SendData([0xFF]);
        var compressed = h.Engine.TakeOutput();
        Assert.True(h.Engine.IsSendCompressed);
        // Each send ends with a sync flush, so what was sent so far inflates completely.
        Assert.Equal(B("\"look\\r\\n\" IAC IAC"), InflatePrefix(compressed));
    }

    [Fact]
    public void WONT_MCCP3_ends_the_stream_then_DONT_goes_out_plain()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Receive(B("IAC WILL MCCP3"));
        h.Engine.SendLine("n"u8);
        h.TakeOutput();
        var start = B("IAC DO MCCP3 IAC SB MCCP3 IAC SE").Length;
        h.Receive(B("IAC WONT MCCP3"));
        h.Engine.SendLine("s"u8);
        h.TakeOutput();
        var all = h.Output.ToArray();

        var server = new EngineHarness(new TelnetSettings { Role = TelnetRole.Server, Policy = NegotiationPolicy.ForServer() });
        server.Receive(B("IAC DO MCCP3"));
        server.Receive(all.AsSpan(B("IAC DO MCCP3").Length));
        Assert.Equal(["on LOCAL MCCP3", "data \"n\\r\\n\"", "off LOCAL MCCP3", "data \"s\\r\\n\""], server.Transcript.Events);
        Assert.False(h.Engine.IsSendCompressed);
        Assert.True(start > 0);
    }

    [Fact]
    public void A_reacknowledged_WILL_after_a_restart_starts_a_fresh_stream_the_restarted_server_can_read()
    {
        var h = new EngineHarness(new TelnetSettings { Reacknowledge = true });
        h.Receive(B("IAC WILL MCCP3"));
        h.Engine.SendLine("before"u8);
        h.TakeOutput();
        h.Output.Clear();
        // The server restarted: it knows nothing of the old stream and offers MCCP3 again.
        h.Receive(B("\"Copyover done\\r\\n\" IAC WILL MCCP3"));
        h.Engine.SendLine("after"u8);
        h.TakeOutput();
        var wire = h.Output.ToArray();
        var marker = B("IAC SB MCCP3 IAC SE");
        var at = wire.AsSpan().IndexOf(marker);
        Assert.True(at >= 0, "a new marker is sent");
        var fresh = new EngineHarness(new TelnetSettings { Role = TelnetRole.Server, Policy = NegotiationPolicy.ForServer() });
        fresh.Receive(B("IAC DO MCCP3"));
        fresh.Receive(wire.AsSpan(at));
        Assert.Contains("data \"after\\n\"", fresh.Transcript.Events.Select(e => e.Replace("\\r", "")));
    }

    private static byte[] InflatePrefix(byte[] compressed)
    {
        using var z = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var output = new MemoryStream();
        var buffer = new byte[256];
        int n;
        while ((n = z.Read(buffer)) > 0)
            output.Write(buffer, 0, n);
        return output.ToArray();
    }
}
