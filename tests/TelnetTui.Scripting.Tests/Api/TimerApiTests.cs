using TelnetTui.Scripting.Tests.Infrastructure;

namespace TelnetTui.Scripting.Tests.Api;

/// <summary>timer(seconds, fn|text, repeat) on the engine's clock.</summary>
public class TimerApiTests
{
    [Fact]
    public void A_one_shot_timer_fires_once_when_due()
    {
        using var bed = new ScriptBed();
        bed.Run("timer(2, function() log('ding') end)");
        bed.Advance(1.9);
        Assert.Empty(bed.Logs);
        bed.Advance(0.1);
        bed.Advance(5);
        Assert.Equal(["ding"], bed.Logs);
        Assert.Empty(bed.Engine.Items());
    }

    [Fact]
    public void A_repeating_timer_fires_every_interval_and_once_for_a_late_tick()
    {
        using var bed = new ScriptBed();
        bed.Run("t = timer(1, 'save', true)");
        bed.Advance(1);
        bed.Advance(1);
        bed.Advance(10); // one late tick: one firing, not ten
        Assert.Equal(["save", "save", "save"], bed.Sent);
        Assert.Equal(TimeSpan.FromSeconds(1), bed.Engine.TimeUntilNextDue);
        bed.Eval("t:disable()");
        bed.Advance(5);
        Assert.Equal(3, bed.Sent.Count);
        Assert.Null(bed.Engine.TimeUntilNextDue);
        bed.Eval("t:enable()");
        bed.Advance(0.5);
        Assert.Equal(3, bed.Sent.Count); // enabling restarts the interval
        bed.Advance(0.5);
        Assert.Equal(4, bed.Sent.Count);
    }

    [Fact]
    public void Time_until_next_due_tells_the_session_when_to_tick()
    {
        using var bed = new ScriptBed();
        Assert.Null(bed.Engine.TimeUntilNextDue);
        bed.Run("timer(3, 'a')\ntimer(0.5, 'b')");
        Assert.Equal(TimeSpan.FromSeconds(0.5), bed.Engine.TimeUntilNextDue);
        bed.Host.FakeClock.Advance(1);
        Assert.Equal(TimeSpan.Zero, bed.Engine.TimeUntilNextDue);
    }

    [Theory]
    [InlineData("timer(0, 'x')", "interval must be 0.01")]
    [InlineData("timer(0/0, 'x')", "interval must be 0.01")]
    [InlineData("timer(1)", "bad argument #2 to 'timer'")]
    public void Bad_timers_are_refused(string code, string reason)
    {
        using var bed = new ScriptBed();
        Assert.Contains(reason, bed.Fail(code).Message);
    }

    [Fact]
    public void A_timer_callback_that_keeps_failing_is_switched_off()
    {
        using var bed = new ScriptBed();
        bed.Run("timer(1, function() error('nope') end, true)");
        for (var i = 0; i < 15; i++)
            bed.Advance(1);
        Assert.Equal(10, bed.Errors.Count);
        Assert.Contains(bed.Host.Logged, l => l.Text.Contains("switched off after 10 errors"));
    }
}
