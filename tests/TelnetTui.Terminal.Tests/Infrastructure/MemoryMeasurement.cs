namespace TelnetTui.Terminal.Tests.Infrastructure;

/// <summary>Tests that measure the whole heap run alone, so other tests' allocations do not count against them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurement
{
    public const string Name = "Memory measurement";
}
