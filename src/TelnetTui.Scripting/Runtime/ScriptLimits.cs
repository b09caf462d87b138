namespace TelnetTui.Scripting.Runtime;

/// <summary>The sandbox's limits for one Lua state.</summary>
public sealed record ScriptLimits
{
    public const long DefaultMemoryBytes = 64L * 1024 * 1024;
    public const long DefaultInstructionsPerCallback = 10_000_000;
    public const int DefaultHookInterval = 1000;
    public static readonly TimeSpan DefaultTimePerCallback = TimeSpan.FromSeconds(1);

    /// <summary>Memory the state may hold (Lua's allocator refuses growth beyond it).</summary>
    public long MemoryBytes { get; init; } = DefaultMemoryBytes;

    /// <summary>VM instructions one callback (trigger, timer, console line, a script's main chunk) may run.</summary>
    public long InstructionsPerCallback { get; init; } = DefaultInstructionsPerCallback;

    /// <summary>Wall-clock time one callback may run (checked with the instruction count).</summary>
    public TimeSpan TimePerCallback { get; init; } = DefaultTimePerCallback;

    /// <summary>How often the count hook checks the budget, in instructions (its granularity).</summary>
    public int HookInterval { get; init; } = DefaultHookInterval;
}
