namespace TelnetTui.Fuzz.Targets;

/// <summary>A clock that never moves: no ESC timeout fires between pieces, so pieces must not change the result.</summary>
internal sealed class FrozenClock : TimeProvider
{
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => 1_000_000;
}
