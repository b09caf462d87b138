using System.Diagnostics;
using System.Globalization;
using TelnetTui.Fuzz.Targets;

namespace TelnetTui.Fuzz;

/// <summary>
/// <c>telnettui-fuzz [--target NAME|all] [--seconds N] [--iterations N] [--seed N] [--max-length N] [--out DIR]</c>
/// fuzzes each target in turn and saves every failing input to DIR; <c>--replay FILE... --target NAME</c>
/// runs saved inputs again (whole and cut at every byte). Exit 0: no failure; 1: failures; 3: an input hung.
/// </summary>
public static class FuzzProgram
{
    /// <summary>One input running longer than this is a hang: it is saved and the process exits.</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(20);

    public static int Main(string[] args)
    {
        string targetName = "all", outDir = "fuzz-failures";
        double seconds = 60;
        long iterations = long.MaxValue;
        var seed = Environment.TickCount;
        var maxLength = InputGenerator.DefaultMaxLength;
        var replay = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--target": targetName = Value(); break;
                case "--seconds": seconds = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--iterations": iterations = long.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--max-length": maxLength = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--out": outDir = Value(); break;
                case "--replay": replay.Add(Value()); break;
                default:
                    Console.Error.WriteLine($"telnettui-fuzz: unknown argument '{args[i]}'");
                    Console.Error.WriteLine("usage: telnettui-fuzz [--target NAME|all] [--seconds N per target] [--iterations N] [--seed N] [--max-length N] [--out DIR]");
                    Console.Error.WriteLine("       telnettui-fuzz --target NAME --replay FILE [--replay FILE...]");
                    Console.Error.WriteLine("targets: " + string.Join(", ", FuzzTargets.All.Select(t => t.Name)));
                    return 2;
            }
        }
        var targets = targetName == "all" ? FuzzTargets.All : FuzzTargets.Find(targetName) is { } one ? [one] : [];
        if (targets.Count == 0)
        {
            Console.Error.WriteLine($"telnettui-fuzz: no target '{targetName}' (targets: {string.Join(", ", FuzzTargets.All.Select(t => t.Name))})");
            return 2;
        }
        if (replay.Count > 0)
            return Replay(targets[0], replay);

        var failed = 0L;
        foreach (var target in targets)
        {
            var runner = new FuzzRunner(target, seed, maxLength);
            using var watchdog = new Timer(_ => CheckHang(runner, outDir), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
            var result = runner.Run(iterations, TimeSpan.FromSeconds(seconds));
            failed += result.Failed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Target}: seed {result.Seed}, {result.Iterations} iterations in {result.Elapsed.TotalSeconds:0.0} s ({result.Iterations / Math.Max(0.001, result.Elapsed.TotalSeconds):0} a second, {result.Bytes / 1024} KiB), slowest input {result.Slowest.TotalMilliseconds:0} ms, {result.Failed} failures, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"));
            foreach (var failure in result.Failures)
            {
                Directory.CreateDirectory(outDir);
                var path = Path.Combine(outDir, failure.FileName);
                File.WriteAllBytes(path, failure.Input);
                Console.WriteLine($"  iteration {failure.Iteration}: {failure.Error.GetType().Name}: {FirstLine(failure.Error.Message)} -> {path} (cuts {string.Join(',', failure.Cuts.Take(20))})");
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static int Replay(IFuzzTarget target, List<string> files)
    {
        var failed = 0;
        foreach (var file in files)
        {
            var input = File.ReadAllBytes(file);
            foreach (var cuts in VectorCuts(input.Length))
            {
                try
                {
                    target.Check(input, cuts);
                }
                catch (Exception e)
                {
                    failed++;
                    Console.WriteLine($"{file}: cuts [{string.Join(',', cuts)}]: {e}");
                    break;
                }
            }
        }
        Console.WriteLine($"{files.Count} inputs replayed, {failed} failing");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>How a kept input is replayed: whole, split once at every position, and one byte at a time.</summary>
    public static IEnumerable<int[]> VectorCuts(int length)
    {
        yield return [];
        for (var at = 1; at < length; at++)
            yield return [at];
        if (length > 1)
            yield return [.. Enumerable.Range(1, length - 1)];
    }

    private static void CheckHang(FuzzRunner runner, string outDir)
    {
        var started = runner.IterationStarted;
        if (started == 0 || Stopwatch.GetElapsedTime(started) < HangLimit || runner.Current is not { } input)
            return;
        Directory.CreateDirectory(outDir);
        var path = Path.Combine(outDir, $"{runner.Target.Name}-hang-{DateTime.UtcNow:yyyyMMddHHmmss}.bin");
        File.WriteAllBytes(path, input);
        Console.WriteLine($"{runner.Target.Name}: an input ran longer than {HangLimit.TotalSeconds} s -> {path}");
        Environment.Exit(3);
    }

    private static string FirstLine(string text) => text.Split('\n')[0];
}
