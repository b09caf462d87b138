using System.Diagnostics;

namespace TelnetTui.Fuzz;

/// <summary>
/// Runs one target on generated inputs until an iteration count or a time limit. Iteration i uses its own
/// Random seeded from (seed, i), so a failure is reproducible from the seed and its iteration number.
/// Anything the target throws is a failure (its contract allows only its documented errors, which it catches).
/// </summary>
public sealed class FuzzRunner(IFuzzTarget target, int seed, int maxLength = InputGenerator.DefaultMaxLength)
{
    /// <summary>Failures kept per run; past this the run goes on counting.</summary>
    public const int MaxFailuresKept = 20;

    private readonly InputGenerator _generator = new(target.Dictionary, maxLength);
    private long _iterationStarted;

    /// <summary>When the current iteration started (Stopwatch ticks), or 0 between iterations; a watchdog reads it.</summary>
    public long IterationStarted => Interlocked.Read(ref _iterationStarted);

    /// <summary>The input being run now (for a watchdog to save when it hangs).</summary>
    public byte[]? Current { get; private set; }

    public IFuzzTarget Target => target;

    public FuzzResult Run(long maxIterations, TimeSpan maxTime, CancellationToken cancellationToken = default)
    {
        var failures = new List<FuzzFailure>();
        var failed = 0L;
        var clock = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        long bytes = 0;
        long i = 0;
        for (; i < maxIterations && clock.Elapsed < maxTime && !cancellationToken.IsCancellationRequested; i++)
        {
            var rng = new Random(HashCode.Combine(seed, i));
            var input = _generator.Next(rng);
            var cuts = InputGenerator.Cuts(rng, input.Length);
            Current = input;
            var start = Stopwatch.GetTimestamp();
            Interlocked.Exchange(ref _iterationStarted, start);
            try
            {
                target.Check(input, cuts);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failed++;
                if (failures.Count < MaxFailuresKept)
                    failures.Add(new FuzzFailure(target.Name, i, input, cuts, e));
            }
            Interlocked.Exchange(ref _iterationStarted, 0);
            var took = Stopwatch.GetElapsedTime(start);
            if (took > slowest)
                slowest = took;
            bytes += input.Length;
        }
        return new FuzzResult(target.Name, seed, i, failed, failures, clock.Elapsed, slowest, bytes);
    }
}

/// <summary>What one run did: iterations, failures (the first <see cref="FuzzRunner.MaxFailuresKept"/> kept), time.</summary>
public sealed record FuzzResult(string Target, int Seed, long Iterations, long Failed, IReadOnlyList<FuzzFailure> Failures, TimeSpan Elapsed, TimeSpan Slowest, long Bytes);
