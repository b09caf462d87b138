using TelnetTui.Telnet.Compression;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Tests.Infrastructure;
using static TelnetTui.Telnet.Tests.Infrastructure.Bytes;

namespace TelnetTui.Telnet.Tests.Options;

/// <summary>MCCP2, client and server side.</summary>
public class Mccp2OptionTests
{
    [Fact]
    public void A_decompression_bomb_past_the_cap_stops_inflating_and_sends_DONT_MCCP2()
    {
        var h = new EngineHarness(new TelnetSettings { MccpInflateOutputCap = 100_000 });
        var bomb = B("IAC WILL MCCP2 IAC SB MCCP2 IAC SE z{ \"A\"*2000000 }");
        h.Receive(bomb);
        AssertEndsWith("IAC DONT MCCP2", h.Output);
        Assert.Contains(h.Records, r => r.Meaning.StartsWith("MCCP2 compression failed: more than 100000 bytes inflated", StringComparison.Ordinal));
        Assert.False(h.Engine.IsReceiveCompressed);
        Assert.True(h.Transcript.Events.All(e => !e.StartsWith("data", StringComparison.Ordinal)), "nothing of the bomb reaches the app");
    }

    [Fact]
    public void Data_inflated_in_small_pieces_below_the_cap_is_not_a_bomb()
    {
        var h = new EngineHarness(new TelnetSettings { MccpInflateOutputCap = 100_000 });
        var input = B("IAC WILL MCCP2 IAC SB MCCP2 IAC SE z{ \"A\"*300000 }");
        for (var i = 0; i < input.Length; i += 16)
            h.Receive(input.AsSpan(i, Math.Min(16, input.Length - i)));
        Assert.Equal(["on REMOTE MCCP2", "data " + ByteTokens.Quote(B("\"A\"*300000"))], h.Transcript.Events);
    }

    [Fact]
    public void The_compression_totals_are_reported()
    {
        var h = new EngineHarness(new TelnetSettings());
        h.Receive(B("IAC WILL MCCP2 IAC SB MCCP2 IAC SE z{ \"A\"*10000 }"));
        var (compressed, inflated) = h.Engine.ReceiveCompressionTotals;
        Assert.Equal(10000, inflated);
        Assert.InRange(compressed, 10, 200);
    }

    [Fact]
    public void A_server_compresses_after_the_marker_and_ends_the_stream_before_WONT()
    {
        var server = new TelnetEngine(new TelnetSettings { Role = TelnetRole.Server, Policy = new NegotiationPolicy().Set(TelnetOption.Mccp2, TelnetSide.Local, OptionPolicy.Offer) });
        server.Start();
        Assert.Equal(B("IAC WILL MCCP2"), server.TakeOutput());
        server.Receive(B("IAC DO MCCP2"));
        server.SendData("Welcome\r\n"u8);
        server.SendPromptMark();
        var wire = server.TakeOutput();
        var marker = B("IAC SB MCCP2 IAC SE");
        Assert.True(wire.AsSpan().StartsWith(marker));
        Assert.True(server.IsSendCompressed);

        server.Receive(B("IAC DONT MCCP2"));
        var tail = server.TakeOutput();
        Assert.False(server.IsSendCompressed);
        Assert.True(tail.AsSpan().EndsWith(B("IAC WONT MCCP2")), "WONT goes out plain after the stream");

        // A client engine decodes the whole exchange.
        var client = new EngineHarness(new TelnetSettings());
        client.Receive(B("IAC WILL MCCP2"));
        client.Receive(wire);
        client.Receive(tail);
        Assert.Equal(["on REMOTE MCCP2", "data \"Welcome\\r\\n\"", "prompt GA", "off REMOTE MCCP2"], client.Transcript.Events);
    }

    [Fact]
    public void The_servers_stream_inflates_with_the_managed_inflater_exactly_up_to_its_end()
    {
        var server = new TelnetEngine(new TelnetSettings { Role = TelnetRole.Server, Policy = new NegotiationPolicy().Set(TelnetOption.Mccp2, TelnetSide.Local, OptionPolicy.Accept) });
        server.Receive(B("IAC DO MCCP2"));
        server.SendData("abc"u8);
        server.Receive(B("IAC DONT MCCP2"));
        var wire = server.TakeOutput();
        var start = B("IAC WILL MCCP2 IAC SB MCCP2 IAC SE").Length;
        var inflater = new ZlibInflater();
        var status = inflater.Inflate(wire.AsSpan(start), out var consumed, out var output);
        Assert.Equal(InflateStatus.StreamEnd, status);
        Assert.Equal("abc", System.Text.Encoding.ASCII.GetString(output));
        Assert.Equal(B("IAC WONT MCCP2"), wire.AsSpan(start + consumed).ToArray());
    }
}
