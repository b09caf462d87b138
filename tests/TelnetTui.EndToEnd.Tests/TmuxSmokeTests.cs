using TelnetTui.EndToEnd.Tests.Infrastructure;

namespace TelnetTui.EndToEnd.Tests;

/// <summary>The harness itself: the real binary starts in a real terminal and its output is read back.</summary>
public class TmuxSmokeTests
{
    [Fact]
    public void Version_prints_in_a_tmux_pane_and_exits_zero()
    {
        using var tmux = TmuxSession.Start(AppBinary.Command("--version"), 80, 25);
        Assert.Equal(0, tmux.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.Contains("0.1.0", tmux.Capture());
    }

    [Fact]
    public void Unknown_option_is_bad_usage_with_exit_code_2()
    {
        using var tmux = TmuxSession.Start(AppBinary.Command("--no-such-option"), 80, 25);
        Assert.Equal(2, tmux.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.Contains("--no-such-option", tmux.Capture());
    }
}
