using System.Text.RegularExpressions;
using TelnetTui.Scripting.Runtime;

namespace TelnetTui.Scripting.Triggers;

/// <summary>
/// Builds the .NET regular expressions scripts give (triggers, aliases, waits), each with a match
/// timeout against catastrophic backtracking, and keeps them across reloads: compiling is the
/// expensive part of a trigger.
/// </summary>
internal sealed class PatternCache
{
    /// <summary>Patterns kept; beyond this the cache starts over.</summary>
    public const int MaxEntries = 4096;

    /// <summary>Longest a single match may take before it is abandoned (and a trigger disabled).</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>Triggers run on every line: compiled to IL. Culture-invariant, as everything here.</summary>
    public const RegexOptions TriggerOptions = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    /// <summary>
    /// For a trigger whose pattern keeps timing out: .NET's non-backtracking engine finds the same
    /// matches in time linear in the line, but builds slowly and supports no backreferences,
    /// lookaround or atomic groups, so it is the fallback, not the default.
    /// </summary>
    public const RegexOptions LinearOptions = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>Aliases and waits match rarely (per typed command, per waiting script): interpreted, cheap to build.</summary>
    public const RegexOptions OccasionalOptions = RegexOptions.CultureInvariant;

    /// <summary>Timeouts in a row after which a trigger or alias is switched off (one can be a GC pause or a busy machine).</summary>
    public const int MaxTimeoutsInARow = 3;

    private readonly Dictionary<(string, RegexOptions), Regex> _cache = [];

    /// <summary>
    /// A compiled regex JIT-compiles its code on first use, inside the first match and its
    /// timeout: on a loaded machine that alone can exceed the timeout. Use it once here.
    /// </summary>
    private static void WarmUp(Regex regex)
    {
        try
        {
            regex.IsMatch("");
            regex.Match("x");
        }
        catch (RegexMatchTimeoutException)
        {
            // Only warming up.
        }
    }

    /// <summary>
    /// IsMatch with one retry: the first match of a compiled regex JIT-compiles its matcher inside
    /// the timeout, which a busy machine can exceed; a genuinely slow pattern times out twice.
    /// </summary>
    public static bool IsMatch(Regex regex, ReadOnlySpan<char> text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return regex.IsMatch(text);
        }
    }

    /// <summary>Match with one retry (see <see cref="IsMatch"/>).</summary>
    public static Match Match(Regex regex, string text, int start = 0)
    {
        try
        {
            return regex.Match(text, start);
        }
        catch (RegexMatchTimeoutException)
        {
            return regex.Match(text, start);
        }
    }

    /// <summary>The pattern on the non-backtracking engine, or null when it uses what that engine lacks.</summary>
    public static Regex? Linear(string pattern)
    {
        try
        {
            return new Regex(pattern, LinearOptions, MatchTimeout);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    public Regex Get(string pattern, RegexOptions options, string function)
    {
        if (_cache.TryGetValue((pattern, options), out var regex))
            return regex;
        try
        {
            regex = new Regex(pattern, options, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw new ScriptApiException($"{function}: bad pattern '{pattern}': {e.Message}");
        }
        if ((options & RegexOptions.Compiled) != 0)
            WarmUp(regex);
        if (_cache.Count >= MaxEntries)
            _cache.Clear();
        _cache[(pattern, options)] = regex;
        return regex;
    }
}
