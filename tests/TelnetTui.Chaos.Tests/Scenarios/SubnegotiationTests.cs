using TelnetTui.Chaos.Tests.Infrastructure;
using TelnetTui.Core.Sessions;
using TelnetTui.Demo.Chaos.Scenarios;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Chaos.Tests.Scenarios;

/// <summary>
/// Subnegotiation abuse (RFC 855): one that never ends, one of 100 MB, and GMCP/MSDP payloads that are
/// broken, huge or nested 10,000 deep. Payloads are held up to the telnet layer's 64 KiB limit and
/// dropped past it; a broken message costs that message, never the session.
/// </summary>
public sealed class SubnegotiationTests
{
    [Fact]
    public async Task An_sb_that_never_ends_is_dropped_at_the_limit_and_costs_no_memory()
    {
        await using var run = await ChaosRun.StartAsync(new EndlessSubnegotiation(), watch: ["before the endless SB"]);
        await run.ConnectionAsync();
        await run.RunForAsync(TimeSpan.FromSeconds(4));
        var (state, received, saw) = await run.OnOwnerAsync((s, o) => (s.State, s.BytesReceived, o.Saw("before the endless SB")));
        Assert.Equal(SessionState.Online, state);
        Assert.True(saw);
        Assert.True(received > 32L * 1024 * 1024, $"only {received} bytes read in 4 s");
        // Nothing of the SB reached the screen.
        Assert.Equal(0, await run.OnOwnerAsync((s, _) => s.Screen.Search("xxxx").Count()));
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task A_100_mb_sb_is_dropped_and_text_after_it_is_shown()
    {
        await using var run = await ChaosRun.StartAsync(new HugeSubnegotiation(), watch: ["text after the huge SB"]);
        await run.ConnectionAsync();
        await run.AssertRecoveredAsync(TimeSpan.FromSeconds(60));
        var (saw, mud) = await run.OnOwnerAsync((_, o) => (o.Saw("text after the huge SB"), o.MudMessages));
        Assert.True(saw);
        Assert.Equal(0, mud); // the oversized GMCP message was dropped whole, not delivered cut short
        var dropped = await run.OnOwnerAsync((s, _) => Enumerable.Range(0, s.NegotiationLog.Count).Any(i => s.NegotiationLog[i].Meaning.Contains("longer than", StringComparison.Ordinal)));
        Assert.True(dropped, "the inspector should show why the SB was dropped");
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task Invalid_gmcp_json_is_rejected_message_by_message_and_a_valid_one_still_arrives()
    {
        await using var run = await ChaosRun.StartAsync(new GmcpInvalidJson());
        await run.ConnectionAsync();
        await run.AssertRecoveredAsync(TimeSpan.FromSeconds(20));
        var vitals = await run.OnOwnerAsync((s, _) => s.MudData.Latest(MudProtocol.Gmcp, "Char.Vitals"));
        Assert.NotNull(vitals);
        Assert.Equal(42, vitals!["hp"]?.AsNumber);
        Assert.Equal(SessionState.Online, await run.OnOwnerAsync((s, _) => s.State));
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task A_10_mb_gmcp_message_is_dropped_and_the_next_one_arrives()
    {
        await using var run = await ChaosRun.StartAsync(new GmcpHugeJson());
        await run.ConnectionAsync();
        await run.AssertRecoveredAsync(TimeSpan.FromSeconds(30));
        var (list, vitals) = await run.OnOwnerAsync((s, _) => (s.MudData.Latest(MudProtocol.Gmcp, "Room.List"), s.MudData.Latest(MudProtocol.Gmcp, "Char.Vitals")));
        Assert.Null(list);
        Assert.NotNull(vitals);
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task Msdp_nested_10000_deep_is_refused_and_a_valid_variable_still_arrives()
    {
        await using var run = await ChaosRun.StartAsync(new MsdpDeepNesting());
        await run.ConnectionAsync();
        await run.AssertRecoveredAsync(TimeSpan.FromSeconds(20));
        var (health, deep) = await run.OnOwnerAsync((s, _) => (s.MudData.Latest(MudProtocol.Msdp, "HEALTH"), s.MudData.Latest(MudProtocol.Msdp, "DEEP")));
        Assert.Equal("42", health?.AsString);
        Assert.Null(deep);
        await run.AssertHealthyAsync();
    }
}
