namespace TelnetTui.EndToEnd.Tests.App;

/// <summary>Samples a process's resident memory (VmRSS) every 100 ms until stopped; keeps the peak.</summary>
public sealed class ResidentSampler : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly int _pid;
    private readonly Timer _timer;
    private long _peak;
    private int _samples;

    public ResidentSampler(int pid)
    {
        _pid = pid;
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, Interval);
    }

    public int Samples => Volatile.Read(ref _samples);

    /// <summary>Stops sampling; returns the peak in bytes.</summary>
    public long Stop()
    {
        _timer.Dispose();
        Sample();
        return Interlocked.Read(ref _peak);
    }

    /// <summary>VmRSS of <paramref name="pid"/> (/proc/PID/status) in bytes, or null once it has exited.</summary>
    public static long? Read(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0]) * 1024;
            }
        }
        catch (IOException)
        {
        }
        return null;
    }

    private void Sample()
    {
        if (Read(_pid) is not { } rss)
            return;
        Interlocked.Increment(ref _samples);
        long peak;
        do
            peak = Interlocked.Read(ref _peak);
        while (rss > peak && Interlocked.CompareExchange(ref _peak, rss, peak) != peak);
    }

    public void Dispose() => _timer.Dispose();
}
