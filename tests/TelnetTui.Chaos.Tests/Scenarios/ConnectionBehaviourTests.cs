using TelnetTui.Chaos.Tests.Infrastructure;
using TelnetTui.Core.Sessions;
using TelnetTui.Demo.Chaos.Scenarios;

namespace TelnetTui.Chaos.Tests.Scenarios;

/// <summary>Hosts that are slow, fast, silent, or gone in the middle of a sequence.</summary>
public sealed class ConnectionBehaviourTests
{
    [Fact]
    public async Task A_host_sending_one_byte_a_second_is_shown_byte_by_byte_and_never_timed_out()
    {
        await using var run = await ChaosRun.StartAsync(new Slowloris());
        await run.ConnectionAsync();
        await run.RunForAsync(TimeSpan.FromSeconds(3.5));
        var (state, received, pending) = await run.OnOwnerAsync((s, _) => (s.State, s.BytesReceived, s.PendingLineText));
        Assert.Equal(SessionState.Online, state);
        Assert.InRange(received, 3, 5);
        Assert.Equal("s", pending); // 's', then an SGR sequence still coming in
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task A_prompt_that_arrives_one_byte_at_a_time_is_one_prompt()
    {
        await using var run = await ChaosRun.StartAsync(new Slowloris(TimeSpan.FromMilliseconds(20)), watch: ["slow ☺"]);
        await run.ConnectionAsync();
        Assert.True(await run.WaitUntilAsync((s, o) => s.CurrentPrompt is not null, TimeSpan.FromSeconds(10)), await run.DescribeAsync());
        var (prompt, saw) = await run.OnOwnerAsync((s, o) => (s.CurrentPrompt!.Text, o.Saw("slow ☺")));
        Assert.Equal("> ", prompt);
        Assert.True(saw);
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task A_full_speed_flood_keeps_keys_answered_and_memory_flat()
    {
        await using var run = await ChaosRun.StartAsync(new Flood());
        await run.ConnectionAsync();
        await run.RunForAsync(TimeSpan.FromSeconds(6));
        var (state, received, scrollback, limit) = await run.OnOwnerAsync((s, _) => (s.State, s.BytesReceived, s.Screen.ScrollbackCount, s.Screen.ScrollbackLimit));
        Assert.Equal(SessionState.Online, state);
        Assert.True(received > 20L * 1024 * 1024, $"only {received} bytes in 6 s");
        Assert.Equal(limit, scrollback); // full, and no more
        await run.AssertHealthyAsync();
    }

    public static TheoryData<string> Cuts => [.. CutMidSequence.Cuts];

    [Theory]
    [MemberData(nameof(Cuts))]
    public async Task A_close_in_the_middle_of_a_sequence_ends_the_session_as_closed_by_the_host(string cut)
    {
        await using var run = await ChaosRun.StartAsync(new CloseMidSequence(cut), watch: [$"cut in the middle of: {cut}"]);
        await run.ConnectionAsync();
        Assert.True(await run.WaitUntilAsync((s, _) => s.State == SessionState.Closed, TimeSpan.FromSeconds(10)), await run.DescribeAsync());
        var (reason, saw) = await run.OnOwnerAsync((s, o) => (s.CloseReason!, o.Saw($"cut in the middle of: {cut}")));
        Assert.Equal(CloseKind.ClosedByHost, reason.Kind);
        Assert.Equal($"Connection closed by 127.0.0.1:{run.Server.LocalEndPoint.Port}", reason.Message);
        Assert.True(saw); // what came before the cut was shown
        await run.AssertHealthyAsync();
    }

    [Theory]
    [MemberData(nameof(Cuts))]
    public async Task A_reset_in_the_middle_of_a_sequence_ends_the_session_as_reset_by_the_peer(string cut)
    {
        await using var run = await ChaosRun.StartAsync(new ResetMidSequence(cut));
        await run.ConnectionAsync();
        Assert.True(await run.WaitUntilAsync((s, _) => s.State == SessionState.Closed, TimeSpan.FromSeconds(10)), await run.DescribeAsync());
        var reason = await run.OnOwnerAsync((s, _) => s.CloseReason!);
        Assert.Equal(CloseKind.ResetByPeer, reason.Kind);
        Assert.Equal($"Connection reset by 127.0.0.1:{run.Server.LocalEndPoint.Port}", reason.Message);
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task A_host_that_never_says_anything_leaves_the_session_online_and_waiting()
    {
        await using var run = await ChaosRun.StartAsync(new NeverAnswers());
        await run.ConnectionAsync();
        await run.RunForAsync(TimeSpan.FromSeconds(2));
        var (state, received) = await run.OnOwnerAsync((s, _) => (s.State, s.BytesReceived));
        Assert.Equal(SessionState.Online, state); // after the negotiation quiet period, with nothing said
        Assert.Equal(0, received);
        await run.AssertHealthyAsync();
    }
}
