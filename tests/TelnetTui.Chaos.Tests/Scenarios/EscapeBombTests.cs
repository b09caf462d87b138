using TelnetTui.Chaos.Tests.Infrastructure;
using TelnetTui.Core.Sessions;
using TelnetTui.Demo.Chaos.Scenarios;

namespace TelnetTui.Chaos.Tests.Scenarios;

/// <summary>
/// Escape-sequence bombs (xterm ctlseqs; the parser is Paul Williams' DEC state machine): huge repeat
/// counts, parameter lists and strings are cut to the emulator's named limits (VtLimits), and the host
/// cannot resize the pane: the screen keeps the size the client gave it.
/// </summary>
public sealed class EscapeBombTests
{
    private const int Columns = 120;
    private const int Rows = 40;

    private static async Task AssertSizeKeptAsync(ChaosRun run)
    {
        var (columns, rows) = await run.OnOwnerAsync((s, _) => (s.Screen.Columns, s.Screen.Rows));
        Assert.Equal((Columns, Rows), (columns, rows));
    }

    [Fact]
    public async Task Rep_with_a_count_of_a_billion_fills_at_most_the_rest_of_the_line()
    {
        await using var run = await ChaosRun.StartAsync(new RepeatBomb(), columns: Columns, rows: Rows);
        await run.ConnectionAsync();
        await run.AssertRecoveredAsync(TimeSpan.FromSeconds(20));
        // ECMA-48 REP repeats the preceding graphic character; we never wrap it onto the next line.
        var rows = await run.OnOwnerAsync((s, _) =>
        {
            var text = new StringWriter();
            Terminal.Output.ScreenTextWriter.Write(s.Screen, text, includeScrollback: true);
            return text.ToString().Split('\n').Where(l => l.StartsWith('A')).ToArray();
        });
        Assert.NotEmpty(rows);
        Assert.All(rows, l => Assert.Equal(new string('A', Columns), l));
        await AssertSizeKeptAsync(run);
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task A_hundred_thousand_csi_parameters_are_cut_and_the_text_after_them_shows()
    {
        await using var run = await ChaosRun.StartAsync(new CsiParameterBomb(), watch: ["text after a big CSI m", "huge colour"]);
        await run.ConnectionAsync();
        await run.AssertRecoveredAsync(TimeSpan.FromSeconds(20));
        Assert.True(await run.OnOwnerAsync((_, o) => o.Saw("text after a big CSI m") && o.Saw("huge colour")));
        await AssertSizeKeptAsync(run);
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task A_50_mb_osc_without_terminator_is_dropped_and_the_title_stays_bounded()
    {
        await using var run = await ChaosRun.StartAsync(new UnterminatedOsc());
        await run.ConnectionAsync();
        await run.AssertRecoveredAsync(TimeSpan.FromSeconds(60));
        var title = await run.OnOwnerAsync((s, _) => s.Screen.Title);
        Assert.True(title.Length <= 1024, $"title of {title.Length} characters");
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task A_dcs_that_never_ends_is_swallowed_without_growing_memory_or_answering()
    {
        await using var run = await ChaosRun.StartAsync(new UnterminatedDcs(), watch: ["before the DCS"]);
        var connection = await run.ConnectionAsync();
        await run.RunForAsync(TimeSpan.FromSeconds(4));
        var (saw, received, state) = await run.OnOwnerAsync((s, o) => (o.Saw("before the DCS"), s.BytesReceived, s.State));
        Assert.True(saw);
        Assert.True(received > 16L * 1024 * 1024, $"only {received} bytes read in 4 s");
        Assert.Equal(SessionState.Online, state);
        // DECRQSS is answered only when its string ends (ST); an endless one gets no reply.
        Assert.Equal(0, connection.Traffic.DataBytes);
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task Ten_thousand_alternate_screen_toggles_end_on_the_main_screen_with_its_text()
    {
        await using var run = await ChaosRun.StartAsync(new AltScreenToggles(), watch: ["main 9999"]);
        await run.ConnectionAsync();
        await run.AssertRecoveredAsync(TimeSpan.FromSeconds(30));
        var (alternate, saw) = await run.OnOwnerAsync((s, o) => (s.Screen.Modes.AlternateScreen, o.Saw("main 9999")));
        Assert.False(alternate);
        Assert.True(saw);
        await AssertSizeKeptAsync(run);
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task Resize_requests_never_change_the_size_the_pane_gave()
    {
        await using var run = await ChaosRun.StartAsync(new ResizeRequests(), columns: Columns, rows: Rows);
        var connection = await run.ConnectionAsync();
        await run.AssertRecoveredAsync(TimeSpan.FromSeconds(30));
        await AssertSizeKeptAsync(run);
        // Nor is a size sent back on the host's say-so: NAWS goes out only for the pane's own changes.
        Assert.True(connection.Traffic.Subnegotiations(Telnet.Protocol.TelnetOption.Naws) <= 1);
        await run.AssertHealthyAsync();
    }
}
