namespace TelnetTui.Chaos.Tests.Infrastructure;

/// <summary>The bounds every chaos scenario is held to (issue 8, "Client behaviour under each").</summary>
internal static class ChaosLimits
{
    /// <summary>A key posted to the owner thread is handled within this, whatever the host sends.</summary>
    public static readonly TimeSpan KeyLatency = TimeSpan.FromMilliseconds(100);

    /// <summary>The test process's working set (VmRSS) stays below this while a scenario runs.</summary>
    public const long MaxWorkingSetBytes = 300L * 1024 * 1024;

    /// <summary>How often a probe (a stand-in key) is posted.</summary>
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(20);
}
