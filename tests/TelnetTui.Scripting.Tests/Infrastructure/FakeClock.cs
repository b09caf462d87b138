namespace TelnetTui.Scripting.Tests.Infrastructure;

/// <summary>A clock that moves only when told (timestamps in nanoseconds).</summary>
public sealed class FakeClock : TimeProvider
{
    private long _ticks;
    private DateTimeOffset _start = new(2024, 3, 1, 20, 15, 0, TimeSpan.Zero);

    public override long TimestampFrequency => 1_000_000_000;

    public override long GetTimestamp() => _ticks;

    public override DateTimeOffset GetUtcNow() => _start.AddTicks(_ticks / 100);

    public void Advance(TimeSpan by) => _ticks += (long)(by.TotalSeconds * TimestampFrequency);

    public void Advance(double seconds) => Advance(TimeSpan.FromSeconds(seconds));
}
