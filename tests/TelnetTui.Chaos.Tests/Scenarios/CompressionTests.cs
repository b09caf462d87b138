using TelnetTui.Chaos.Tests.Infrastructure;
using TelnetTui.Core.Sessions;
using TelnetTui.Demo.Chaos.Scenarios;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Chaos.Tests.Scenarios;

/// <summary>MCCP2 abuse: garbage instead of a zlib stream, a decompression bomb, streams that end mid-read.</summary>
public sealed class CompressionTests
{
    [Fact]
    public async Task Garbage_after_mccp2_start_turns_compression_off_and_plain_text_goes_on()
    {
        await using var run = await ChaosRun.StartAsync(new MccpGarbage(), watch: ["plain text after broken stream 2"]);
        var connection = await run.ConnectionAsync();
        await run.AssertRecoveredAsync(TimeSpan.FromSeconds(20));
        // MCCP v2: a client that cannot inflate the stream refuses it (DONT MCCP2), once per broken stream.
        Assert.Equal(2, connection.Traffic.Negotiations(TelnetCommand.Dont, TelnetOption.Mccp2));
        var (state, compressed, sawPlain) = await run.OnOwnerAsync((s, o) => (s.State, s.IsCompressed, o.Saw("plain text after broken stream 2")));
        Assert.Equal(SessionState.Online, state);
        Assert.False(compressed);
        Assert.True(sawPlain);
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task A_zlib_bomb_keeps_keys_answered_and_memory_bounded_while_it_inflates()
    {
        // 1 GiB takes the client about 9 s in a Release build and nearly a minute in Debug (the test
        // build): ten seconds of it show the bounds; the smaller bomb below is followed to its end.
        await using var run = await ChaosRun.StartAsync(new ZlibBomb());
        await run.ConnectionAsync();
        await run.RunForAsync(TimeSpan.FromSeconds(10));
        var (state, compressed, inflated) = await run.OnOwnerAsync((s, _) => (s.State, s.IsCompressed, s.Engine!.ReceiveCompressionTotals.Inflated));
        Assert.Equal(SessionState.Online, state);
        Assert.True(compressed || inflated == ZlibBomb.DefaultInflatedBytes);
        Assert.True(inflated > 64L * 1024 * 1024, $"only {inflated} bytes inflated in 10 s");
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task A_smaller_zlib_bomb_is_inflated_to_its_end_and_plain_telnet_follows()
    {
        await using var run = await ChaosRun.StartAsync(new ZlibBomb(SmallBomb));
        await run.ConnectionAsync();
        await run.AssertRecoveredAsync(TimeSpan.FromSeconds(60));
        var (state, totals) = await run.OnOwnerAsync((s, _) => (s.State, s.Engine!.ReceiveCompressionTotals));
        Assert.Equal(SessionState.Online, state);
        Assert.Equal(SmallBomb, totals.Inflated);
        Assert.True(totals.Compressed < SmallBomb / 100, $"{totals.Compressed} compressed bytes for {SmallBomb}: not a bomb");
        await run.AssertHealthyAsync();
    }

    private const long SmallBomb = 96L * 1024 * 1024;

    [Fact]
    public async Task Plain_telnet_right_after_the_end_of_a_zlib_stream_is_read_exactly()
    {
        await using var run = await ChaosRun.StartAsync(new MccpEndThenPlain());
        await run.ConnectionAsync();
        await run.AssertRecoveredAsync(TimeSpan.FromSeconds(20));
        var lines = await run.OnOwnerAsync((_, o) => o.LastLines.Where(l => l.Length > 0).ToArray());
        Assert.Equal(["compressed line 1", "plain line 1", "compressed line 2", "plain line 2"], lines.Where(l => l.Contains("line", StringComparison.Ordinal)));
        Assert.False(await run.OnOwnerAsync((s, _) => s.IsCompressed));
        await run.AssertHealthyAsync();
    }
}
