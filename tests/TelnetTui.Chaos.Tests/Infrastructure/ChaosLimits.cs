namespace TelnetTui.Chaos.Tests.Infrastructure;

/// <summary>The bounds every chaos scenario is held to (issue 8, "Client behaviour under each").</summary>
internal static class ChaosLimits
{
    /// <summary>A key posted to the owner thread is handled within this, whatever the host sends (99th percentile of wall-clock latency, which a busy CI machine also stretches).</summary>
    public static readonly TimeSpan KeyLatency = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Owner-thread CPU time one message may take: a key waits at most for one message and one frame
    /// (well under 1 ms), so it still shows within <see cref="KeyLatency"/>. Measured in thread CPU
    /// time, so other work on the machine does not count; a typical read costs about 2 ms, and the
    /// margin is for a garbage collection that lands on the owner thread (up to ~50 ms seen when
    /// every test project runs at once).
    /// </summary>
    public static readonly TimeSpan MessageCpu = TimeSpan.FromMilliseconds(80);

    /// <summary>Probes a healthy run must have handled at least (about 0.2 s of the scenario).</summary>
    public const int MinProbes = 10;

    /// <summary>The test process's working set (VmRSS) stays below this while a scenario runs.</summary>
    public const long MaxWorkingSetBytes = 300L * 1024 * 1024;

    /// <summary>How often a probe (a stand-in key) is posted.</summary>
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(20);
}
