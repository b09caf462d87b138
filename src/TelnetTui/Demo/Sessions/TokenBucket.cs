namespace TelnetTui.Demo.Sessions;

/// <summary>
/// An input rate limit: up to <c>burst</c> units at once, refilled at <c>perSecond</c>. Time comes from a
/// <see cref="TimeProvider"/>, so tests can run it on a fake clock.
/// </summary>
internal sealed class TokenBucket(int burst, int perSecond, TimeProvider clock)
{
    private readonly long _start = clock.GetTimestamp();
    private double _tokens = burst;
    private TimeSpan _last = TimeSpan.Zero;

    /// <summary>Takes <paramref name="units"/>; false when the client has gone past the rate.</summary>
    public bool TryTake(int units)
    {
        var now = clock.GetElapsedTime(_start);
        _tokens = Math.Min(burst, _tokens + (now - _last).TotalSeconds * perSecond);
        _last = now;
        _tokens -= units;
        return _tokens >= 0;
    }
}
