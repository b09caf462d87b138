namespace TelnetTui.Core.Book;

/// <summary>
/// Reconnect after the connection drops: wait <see cref="Delay"/>, doubling after each failed try up
/// to <see cref="MaxDelay"/>; give up after <see cref="MaxAttempts"/> tries (0: never give up).
/// </summary>
public sealed record AutoReconnect(bool Enabled, TimeSpan Delay, TimeSpan MaxDelay, int MaxAttempts)
{
    public const int MaxDelaySeconds = 3600;

    public static AutoReconnect Off { get; } = new(false, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60), 0);

    /// <summary>The wait before try number <paramref name="attempt"/> (1-based): exponential backoff, capped.</summary>
    public TimeSpan DelayBefore(int attempt)
    {
        var seconds = Delay.TotalSeconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxDelay.TotalSeconds));
    }
}
