namespace TelnetTui.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Tests that time the real program (key latency, drain speed) run alone, after the others: on a 2-core machine
/// another tmux test's app, server and capture loop take CPU the measured app would otherwise get, and the
/// figure would then measure the test run instead of the program.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingMeasurement
{
    public const string Name = "Timing measurement";
}
