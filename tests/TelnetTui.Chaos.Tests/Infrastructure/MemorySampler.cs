namespace TelnetTui.Chaos.Tests.Infrastructure;

/// <summary>
/// Samples the test process's memory while a scenario runs: the working set (what the OS charges,
/// like VmRSS) and the managed heap (GC.GetTotalMemory without forcing a collection). Keeps the peaks.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private readonly Timer _timer;
    private long _peakWorkingSet;
    private long _peakManaged;
    private long _samples;

    public MemorySampler()
    {
        Sample();
        _timer = new Timer(_ => Sample(), null, Interval, Interval);
    }

    public long PeakWorkingSet => Interlocked.Read(ref _peakWorkingSet);

    public long PeakManagedHeap => Interlocked.Read(ref _peakManaged);

    public long Samples => Interlocked.Read(ref _samples);

    public void Dispose()
    {
        _timer.Dispose();
        Sample();
    }

    private void Sample()
    {
        Max(ref _peakWorkingSet, Environment.WorkingSet);
        Max(ref _peakManaged, GC.GetTotalMemory(forceFullCollection: false));
        Interlocked.Increment(ref _samples);
    }

    private static void Max(ref long peak, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, value, current) != current)
        {
        }
    }
}
