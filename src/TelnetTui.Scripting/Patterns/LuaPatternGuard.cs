using System.Globalization;
using TelnetTui.Scripting.Runtime;

namespace TelnetTui.Scripting.Patterns;

/// <summary>
/// Lua's pattern matcher (string.find/match/gmatch/gsub) backtracks in C, where the count hook
/// cannot stop it: <c>line:match("(.-)%s+tells you")</c> on a hostile 32,000-space line explores
/// billions of splits. Before a call runs, this bounds its work from the pattern's items and the
/// subject (Lua 5.4 manual §6.4.1): each <c>*</c>, <c>+</c>, <c>-</c> item can try at most as many
/// lengths as the longest run of its class in the subject, and only where the next item can
/// match; a call whose bound exceeds <see cref="MaxSteps"/> is refused with an error instead of
/// freezing the client. Typical MUD patterns on typical lines are far below the bound.
/// </summary>
internal static class LuaPatternGuard
{
    /// <summary>Most matching steps a call may need at worst (about a tenth of a second in C).</summary>
    public const double MaxSteps = 5e7;

    /// <summary>More items than this and the pattern is not analysed (Lua refuses it anyway: too complex).</summary>
    private const int MaxItems = 64;

    public static void Check(ReadOnlySpan<byte> subject, ReadOnlySpan<byte> pattern, string function)
    {
        var steps = Estimate(subject, pattern, function == "string.gmatch");
        if (steps > MaxSteps)
        {
            throw new ScriptApiException(string.Create(CultureInfo.InvariantCulture,
                $"{function}: this pattern could take too long on a {subject.Length}-byte string (up to {steps:0.#e0} steps); anchor it with '^', use fewer '.-'/'.*' or shorter text, or regex.match"));
        }
    }

    /// <summary>The bound on matching steps; 0 for a pattern Lua will reject as malformed (Lua reports that).</summary>
    public static double Estimate(ReadOnlySpan<byte> subject, ReadOnlySpan<byte> pattern, bool literalCaret = false)
    {
        Span<PatternItem> buffer = stackalloc PatternItem[MaxItems];
        var anchored = !literalCaret && pattern.Length > 0 && pattern[0] == (byte)'^';
        var count = LuaPatternItems.Parse(anchored ? pattern[1..] : pattern, buffer);
        if (count < 0)
            return 0;
        var items = buffer[..count];
        var n = subject.Length;
        // Without repetition, each start position costs at most the pattern's length.
        var repeated = false;
        foreach (var item in items)
            repeated |= item.Quantifier is '*' or '+' or '-' or '?' || item.Kind is ItemKind.Balance or ItemKind.BackReference;
        if (!repeated)
            return (double)(n + 1) * (items.Length + 1);
        // First the crude bound (every class matches everywhere); scan the subject only when it is too big.
        var body = anchored ? pattern[1..] : pattern;
        var crude = Bound(items, anchored, n, body, subject, scan: false);
        if (crude <= MaxSteps)
            return crude;
        return Bound(items, anchored, n, body, subject, scan: true);
    }

    /// <summary>
    /// Works from the last item back: cost[i] is the most steps matching items i.. can take from
    /// one position. A repeated item tries at most (longest run + 1) lengths, and only those where
    /// the following item can start, so the branching is the smaller of the two.
    /// </summary>
    private static double Bound(ReadOnlySpan<PatternItem> items, bool anchored, int n, ReadOnlySpan<byte> pattern, ReadOnlySpan<byte> subject, bool scan)
    {
        var count = items.Length;
        Span<double> cost = stackalloc double[count + 1];
        Span<double> starts = stackalloc double[count + 1];
        cost[count] = 1;
        starts[count] = n + 1;
        for (var i = count - 1; i >= 0; i--)
        {
            var item = items[i];
            var (run, occurrences) = scan && item.Kind == ItemKind.Class ? LuaPatternItems.Runs(pattern, item, subject) : (n, n);
            // Where items i.. can begin: where item i matches, or anywhere item i+1 can when item i may be empty.
            starts[i] = item.Kind switch
            {
                ItemKind.Class when item.MayBeEmpty => Math.Min(n + 1, occurrences + starts[i + 1]),
                ItemKind.Class => occurrences,
                ItemKind.Capture => starts[i + 1],
                ItemKind.EndAnchor => 1,
                _ => n + 1,
            };
            var next = cost[i + 1];
            var isLast = RestIsEmpty(items[(i + 1)..]);
            cost[i] = item.Kind switch
            {
                ItemKind.Capture => next,
                ItemKind.EndAnchor => 1,
                ItemKind.Frontier => 1 + next,
                ItemKind.Balance or ItemKind.BackReference => n + (isLast ? 1 : next),
                _ => item.Quantifier switch
                {
                    '?' => 1 + (isLast ? 1 : 2 * next),
                    '*' or '+' or '-' => run + 1 + (isLast ? 1 : Math.Min(run + 1, starts[i + 1]) * next),
                    _ => 1 + next,
                },
            };
        }
        var positions = anchored ? 1 : Math.Min(n + 1, starts[0]);
        var first = 0;
        while (first < count && items[first].Kind == ItemKind.Capture)
            first++;
        // A pattern of one repeated class cannot fail once it has started: Lua stops at the first
        // match (find) or goes on after it (gsub, gmatch), so the runs it scans add up to n.
        if (first < count && items[first].Kind == ItemKind.Class && RestIsEmpty(items[(first + 1)..]))
            return 2.0 * (n + 1) + cost[0];
        return (anchored ? 0 : n) + positions * cost[0];
    }

    /// <summary>Nothing after this point can fail: only capture closes remain.</summary>
    private static bool RestIsEmpty(ReadOnlySpan<PatternItem> rest)
    {
        foreach (var item in rest)
        {
            if (item.Kind != ItemKind.Capture)
                return false;
        }
        return true;
    }
}
