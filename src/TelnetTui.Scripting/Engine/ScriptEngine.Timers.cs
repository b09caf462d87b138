using TelnetTui.Scripting.Items;

namespace TelnetTui.Scripting.Engine;

/// <summary>Time passing: timers fire, waits time out. The Session calls <see cref="Tick"/> when <see cref="TimeUntilNextDue"/> says.</summary>
public sealed partial class ScriptEngine
{
    /// <summary>Shortest timer interval (a repeating timer cannot spin the engine).</summary>
    public const double MinTimerSeconds = 0.01;

    /// <summary>Runs the timers that are due and expires waits whose deadline passed.</summary>
    public void Tick()
    {
        using var _ = Enter();
        var now = _host.Clock.GetTimestamp();
        if (_timers.Count > 0)
        {
            foreach (var timer in _timers.ToArray())
            {
                if (timer.Removed || !timer.Enabled || timer.Due > now)
                    continue;
                timer.Hits++;
                // A late tick fires a repeating timer once, not once per missed interval.
                if (timer.Repeat)
                    timer.Due = now + Ticks(timer.Interval);
                else
                    RemoveItem(timer, keepFunction: true);
                if (timer.Action.Text is { } text)
                    SendCommands(text);
                else if (StartCallback(timer) is { } task)
                    Run(task, 0, timer);
                if (timer.Removed && timer.Action.IsFunction)
                    _runtime?.Unreference(timer.Action.FunctionRef);
            }
        }
        OfferQuietPartial(now);
        ExpireWaits(now);
    }

    /// <summary>How long until a timer or a wait's deadline is due; null when nothing is scheduled.</summary>
    public TimeSpan? TimeUntilNextDue
    {
        get
        {
            long? next = null;
            foreach (var timer in _timers)
            {
                if (timer.Enabled && (next is null || timer.Due < next))
                    next = timer.Due;
            }
            foreach (var waiter in _waiters)
            {
                if (waiter.Deadline is { } d && (next is null || d < next))
                    next = d;
            }
            if (_partialDue is { } p && _waiters.Count > 0 && (next is null || p < next))
                next = p;
            if (next is not { } due)
                return null;
            var now = _host.Clock.GetTimestamp();
            return due <= now ? TimeSpan.Zero : _host.Clock.GetElapsedTime(now, due);
        }
    }

    internal ScriptTimer AddTimer(double seconds, Items.ScriptAction action, bool repeat, string? script, int? line)
    {
        var timer = Register(new ScriptTimer
        {
            Interval = TimeSpan.FromSeconds(seconds),
            Repeat = repeat,
            Action = action,
            Script = script,
            Line = line,
        });
        timer.Due = _host.Clock.GetTimestamp() + Ticks(timer.Interval);
        return timer;
    }
}
