using TelnetTui.Chaos.Tests.Infrastructure;
using TelnetTui.Core.Sessions;
using TelnetTui.Demo.Chaos.Scenarios;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Chaos.Tests.Scenarios;

/// <summary>
/// Negotiation storms. RFC 1143 (the Q method) promises no loops: a client replies to a request only
/// when it changes the option's state (§4, §7: "never reply to a no-op"), so what it sends per option
/// is bounded by what the host asked. Counted on the wire by the chaos server.
/// </summary>
public sealed class NegotiationStormTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Thousands_of_flips_get_at_most_one_reply_each_and_the_session_goes_on()
    {
        await using var run = await ChaosRun.StartAsync(new NegotiationFlipStorm());
        var connection = await run.ConnectionAsync();
        await run.AssertRecoveredAsync(Bound);
        // Let the last replies reach the server.
        await connection.Traffic.WaitUntilAsync(t => t.Negotiations(TelnetOption.Naws) >= 2 * NegotiationFlipStorm.Flips, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        var requests = 2 * NegotiationFlipStorm.Flips;
        var traffic = connection.Traffic;
        // Each DO NAWS (state NO) is answered WILL NAWS, each DONT (state YES) WONT: one reply per request, no more.
        Assert.Equal(NegotiationFlipStorm.Flips, traffic.Negotiations(TelnetCommand.Will, TelnetOption.Naws));
        Assert.Equal(NegotiationFlipStorm.Flips, traffic.Negotiations(TelnetCommand.Wont, TelnetOption.Naws));
        Assert.Equal(NegotiationFlipStorm.Flips, traffic.Negotiations(TelnetCommand.Do, TelnetOption.Echo));
        Assert.Equal(NegotiationFlipStorm.Flips, traffic.Negotiations(TelnetCommand.Dont, TelnetOption.Echo));
        Assert.True(traffic.Negotiations(TelnetOption.Naws) <= requests);
        // NAWS is reported once each time it is enabled (RFC 1073 §2), never more.
        Assert.True(traffic.Subnegotiations(TelnetOption.Naws) <= NegotiationFlipStorm.Flips);

        var (state, echoOff, mode) = await run.OnOwnerAsync((s, _) =>
            (s.State, !s.Engine!.IsEnabled(TelnetSide.Remote, TelnetOption.Echo), s.Mode));
        Assert.Equal(SessionState.Online, state);
        Assert.True(echoOff);
        Assert.Equal(Core.Input.InputMode.Line, mode);
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task Will_and_do_for_all_256_options_are_answered_once_per_request_at_most()
    {
        await using var run = await ChaosRun.StartAsync(new WillEverythingStorm());
        var connection = await run.ConnectionAsync();
        await run.AssertRecoveredAsync(Bound);
        await Task.Delay(300, TestContext.Current.CancellationToken);

        var traffic = connection.Traffic;
        var requestsPerOption = 2 * WillEverythingStorm.Rounds; // WILL and DO each round
        for (var option = 0; option < 256; option++)
        {
            var replies = traffic.Negotiations((byte)option);
            // The client's own opening offers are the only negotiations nobody asked for (at most one per side).
            Assert.True(replies <= requestsPerOption + 2, $"option {option}: {replies} negotiations for {requestsPerOption} requests");
        }
        // Supported options are agreed once and then quiet (RFC 1143: WILL while YES needs no reply).
        Assert.Equal(1, traffic.Negotiations(TelnetCommand.Do, TelnetOption.SuppressGoAhead));
        Assert.Equal(1, traffic.Negotiations(TelnetCommand.Will, TelnetOption.Naws));
        // TIMING-MARK is answered on every request (RFC 860), and that is still one reply each.
        Assert.Equal(WillEverythingStorm.Rounds, traffic.Negotiations(TelnetCommand.Will, TelnetOption.TimingMark));
        // Refused ones are refused per request, never acknowledged.
        Assert.Equal(0, traffic.Negotiations(TelnetCommand.Do, 200));
        Assert.Equal(WillEverythingStorm.Rounds, traffic.Negotiations(TelnetCommand.Dont, 200));
        Assert.Equal(WillEverythingStorm.Rounds, traffic.Negotiations(TelnetCommand.Wont, 200));
        Assert.Equal(SessionState.Online, await run.OnOwnerAsync((s, _) => s.State));
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task A_host_that_never_reads_replies_stops_our_reading_instead_of_growing_our_memory()
    {
        await using var run = await ChaosRun.StartAsync(new DeafNegotiationStorm());
        var connection = await run.ConnectionAsync();
        await run.RunForAsync(TimeSpan.FromSeconds(4));
        var received1 = await run.OnOwnerAsync((s, _) => s.BytesReceived);
        await run.RunForAsync(TimeSpan.FromSeconds(2));
        var received2 = await run.OnOwnerAsync((s, _) => s.BytesReceived);
        // Our replies fill the host's window; then our reads stop (the session waits for its writes), so
        // reading does not go on without bound: nothing more was taken in the last two seconds.
        Assert.Equal(received1, received2);
        Assert.True(connection.BytesSent < 64L * 1024 * 1024, $"the host got {connection.BytesSent} bytes out: our reading never stopped");
        Assert.Equal(SessionState.Online, await run.OnOwnerAsync((s, _) => s.State));
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task Iac_at_every_byte_is_survived()
    {
        await using var run = await ChaosRun.StartAsync(new IacEveryByte());
        var connection = await run.ConnectionAsync();
        await run.AssertRecoveredAsync(TimeSpan.FromSeconds(40));
        Assert.Equal(SessionState.Online, await run.OnOwnerAsync((s, _) => s.State));
        await run.AssertHealthyAsync();
    }
}
