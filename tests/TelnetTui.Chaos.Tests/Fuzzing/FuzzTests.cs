using TelnetTui.Fuzz;
using TelnetTui.Fuzz.Targets;

namespace TelnetTui.Chaos.Tests.Fuzzing;

/// <summary>
/// Issue 8 §3: a short seeded run of every fuzz target (the long runs are <c>tools/TelnetTui.Fuzz</c>):
/// telnet decoder and engine, VT parser and emulator, TUI input decoder, TOML reader, MSDP/GMCP/MSSP
/// decoding. Each input is fed whole and in random pieces; any exception, or any difference between the
/// two, fails the test with the seed and iteration that reproduce it.
/// </summary>
public sealed class FuzzTests
{
    /// <summary>Inputs per target here: a few seconds each in a Debug build on a shared machine.</summary>
    private const int Iterations = 3000;

    /// <summary>Fixed, so a failure here is the same failure on every machine.</summary>
    private const int Seed = 20261121;

    public static TheoryData<string> Targets() => [.. FuzzTargets.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Targets))]
    public void A_seeded_run_finds_no_crash_and_no_difference_between_whole_and_pieces(string name)
    {
        var target = FuzzTargets.Find(name)!;
        var result = new FuzzRunner(target, Seed, maxLength: 4096).Run(Iterations, TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: {result.Iterations} inputs, {result.Bytes} bytes, {result.Elapsed.TotalMilliseconds:0} ms, slowest {result.Slowest.TotalMilliseconds:0} ms");
        Assert.Equal(Iterations, result.Iterations);
        if (result.Failures.Count > 0)
        {
            var first = result.Failures[0];
            Assert.Fail($"{result.Failed} failing inputs; first at iteration {first.Iteration} (seed {Seed}), input {Convert.ToHexString(first.Input.AsSpan(0, Math.Min(200, first.Input.Length)))}: {first.Error}");
        }
    }

    [Fact]
    public void The_seeded_inputs_reach_deep_states_not_only_garbage()
    {
        // The generator splices each target's protocol tokens: most inputs must contain one, or the run
        // above would only test the parsers' error paths.
        foreach (var target in FuzzTargets.All)
        {
            var generator = new InputGenerator(target.Dictionary, 4096);
            var withToken = 0;
            for (var i = 0; i < 200; i++)
            {
                var input = generator.Next(new Random(i));
                if (target.Dictionary.Any(t => t.Length >= 2 && input.AsSpan().IndexOf(t) >= 0))
                    withToken++;
            }
            Assert.True(withToken >= 100, $"{target.Name}: only {withToken} of 200 inputs hold a token of its dictionary");
        }
    }
}
