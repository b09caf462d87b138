namespace TelnetTui.Tui.App;

/// <summary>Limits of the application loop (DESIGN.md, "Threads").</summary>
public sealed record ApplicationOptions
{
    /// <summary>Input events waiting for the UI thread; the input thread blocks beyond this.</summary>
    public int InputQueueCapacity { get; init; } = 1024;

    /// <summary>Other messages (network, timers) waiting; posters block or await beyond this (TCP backpressure).</summary>
    public int MessageQueueCapacity { get; init; } = 1024;

    /// <summary>Longest a turn spends handling messages before it draws a frame.</summary>
    public TimeSpan DrainTimeBudget { get; init; } = TimeSpan.FromMilliseconds(12);

    /// <summary>Most payload bytes (<see cref="Message.ByteCount"/>) handled per turn before a frame is drawn.</summary>
    public int DrainByteBudget { get; init; } = 1 << 20;

    /// <summary>Frames per second at most; changes in between are drawn together.</summary>
    public int MaxFramesPerSecond { get; init; } = 60;
}
