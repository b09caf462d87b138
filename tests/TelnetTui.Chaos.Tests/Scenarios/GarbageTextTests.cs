using TelnetTui.Chaos.Tests.Infrastructure;
using TelnetTui.Core.Sessions;
using TelnetTui.Demo.Chaos.Scenarios;

namespace TelnetTui.Chaos.Tests.Scenarios;

/// <summary>Random bytes for a CP437 host and broken UTF-8 for a UTF-8 one: shown as glyphs or U+FFFD, never a crash.</summary>
public sealed class GarbageTextTests
{
    [Fact]
    public async Task Sixteen_megabytes_of_random_bytes_on_a_cp437_host_are_survived()
    {
        await using var run = await ChaosRun.StartAsync(new Cp437Garbage(), host: h => h with { Encoding = "cp437" });
        await run.ConnectionAsync();
        await run.AssertRecoveredAsync(TimeSpan.FromSeconds(60));
        Assert.Equal("cp437", await run.OnOwnerAsync((s, _) => s.Encoding.Name));
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task Broken_utf8_mixed_with_wide_combining_and_rtl_text_is_survived()
    {
        await using var run = await ChaosRun.StartAsync(new Utf8Garbage());
        await run.ConnectionAsync();
        await run.AssertRecoveredAsync(TimeSpan.FromSeconds(60));
        var lines = await run.OnOwnerAsync((_, o) => o.LastLines.ToArray());
        Assert.Contains(lines, l => l.Contains('\uFFFD', StringComparison.Ordinal)); // invalid sequences show as U+FFFD
        Assert.Contains(lines, l => l.Contains("漢字", StringComparison.Ordinal));
        Assert.Equal(SessionState.Online, await run.OnOwnerAsync((s, _) => s.State));
        await run.AssertHealthyAsync();
    }
}
