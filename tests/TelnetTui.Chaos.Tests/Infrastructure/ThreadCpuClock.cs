using System.Runtime.InteropServices;

namespace TelnetTui.Chaos.Tests.Infrastructure;

/// <summary>
/// CPU time of the calling thread (clock_gettime CLOCK_THREAD_CPUTIME_ID). What one message costs the
/// owner thread, measured this way, does not grow when the machine is busy with other work, so the
/// bound on it holds on a loaded CI machine too; wall-clock latency is reported beside it.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3; // Linux <time.h>

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>CPU time used by this thread so far, in milliseconds (0 where the clock is unavailable).</summary>
    public static double NowMilliseconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTimeId, out var t) != 0)
            return 0;
        return t.Seconds * 1000.0 + t.Nanoseconds / 1_000_000.0;
    }
}
