using System.Text.RegularExpressions;
using TelnetTui.Scripting.Runtime;

namespace TelnetTui.Scripting.Engine;

/// <summary>
/// A task parked in wait_for/expect/sleep. It looks only at text after <see cref="Serial"/>/
/// <see cref="Offset"/> (what was consumed when it started, as telnetlib's expect consumes up to
/// the end of a match), so one match never satisfies two waits in a row.
/// </summary>
internal sealed class Waiter
{
    public required string Function { get; init; }

    public required Regex[] Patterns { get; init; }

    /// <summary>TimeProvider timestamp after which it gives up; null waits for ever.</summary>
    public long? Deadline { get; init; }

    public double? TimeoutSeconds { get; init; }

    /// <summary>The line it starts looking at (earlier lines are consumed).</summary>
    public int Serial { get; init; }

    /// <summary>Where in line <see cref="Serial"/> it starts looking.</summary>
    public int Offset { get; init; }

    public LuaTask Task { get; set; } = null!;

    public bool IsSleep => Patterns.Length == 0;

    public string Describe() => string.Join(", ", Patterns.Select(p => "'" + p + "'"));
}
