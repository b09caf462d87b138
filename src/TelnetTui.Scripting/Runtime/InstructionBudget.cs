using System.Diagnostics;
using System.Globalization;

namespace TelnetTui.Scripting.Runtime;

/// <summary>
/// What one callback may spend. The sandbox's count hook calls <see cref="Tick"/> every
/// <see cref="Interval"/> instructions: the callback is stopped after <see cref="Limit"/>
/// instructions, or after <see cref="TimeLimit"/> of wall-clock time (some instructions do O(n)
/// work — a vararg call copies every argument — so counting alone does not bound time). Once
/// spent it stays spent until the next callback starts.
/// </summary>
internal sealed class InstructionBudget(long limit, int interval, TimeSpan timeLimit)
{
    private long _spent;
    private long _started;

    public long Limit { get; } = limit;

    public int Interval { get; } = interval;

    public TimeSpan TimeLimit { get; } = timeLimit;

    public bool Tripped { get; private set; }

    public string Message { get; private set; } = "";

    public void Start()
    {
        _spent = 0;
        Tripped = false;
        _started = Stopwatch.GetTimestamp();
    }

    public bool Tick()
    {
        if (Tripped)
            return true;
        _spent += Interval;
        if (_spent >= Limit)
        {
            Tripped = true;
            Message = string.Create(CultureInfo.InvariantCulture, $"instruction budget exceeded ({Limit:N0} instructions in one callback)");
        }
        else if (Stopwatch.GetElapsedTime(_started) > TimeLimit)
        {
            Tripped = true;
            Message = string.Create(CultureInfo.InvariantCulture, $"time budget exceeded (a callback may run {TimeLimit.TotalSeconds:0.###} s)");
        }
        return Tripped;
    }
}
