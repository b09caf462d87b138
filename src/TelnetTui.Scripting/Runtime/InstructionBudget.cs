using System.Globalization;

namespace TelnetTui.Scripting.Runtime;

/// <summary>
/// Instructions one callback may run. The sandbox's count hook calls <see cref="Tick"/> every
/// <see cref="Interval"/> instructions; once spent it stays spent until the next callback starts.
/// </summary>
internal sealed class InstructionBudget(long limit, int interval)
{
    private long _spent;

    public long Limit { get; } = limit;

    public int Interval { get; } = interval;

    public bool Tripped { get; private set; }

    public string Message { get; } = string.Create(CultureInfo.InvariantCulture, $"instruction budget exceeded ({limit:N0} instructions in one callback)");

    public void Start()
    {
        _spent = 0;
        Tripped = false;
    }

    public bool Tick()
    {
        if (!Tripped)
        {
            _spent += Interval;
            Tripped = _spent >= Limit;
        }
        return Tripped;
    }
}
