using System.Buffers;
using System.Text.RegularExpressions;
using TelnetTui.Scripting.Items;

namespace TelnetTui.Scripting.Triggers;

/// <summary>
/// The enabled triggers, indexed so a line costs one pass however many there are. Every trigger
/// with a known literal (plain text, or text its regex requires: <see cref="RequiredLiteral"/>)
/// shares one multi-string search (SearchValues); a trigger runs its regex only when its literal
/// occurs in the line. Regexes without a literal run on every line. No allocation per line; hits
/// come back in creation order; a pattern that times out is reported, not thrown.
/// </summary>
internal sealed class TriggerSet
{
    private readonly List<Trigger> _all = [];
    private Trigger[] _active = [];
    private string[] _literals = [];
    private int[] _seen = [];
    private int[][] _triggersOfLiteral = [];
    private int[] _alwaysRun = [];
    private readonly List<int> _candidates = [];
    private Dictionary<char, int[]> _literalsByFirst = [];
    private SearchValues<string>? _search;
    private int _stamp;
    private bool _dirty;

    public IReadOnlyList<Trigger> All => _all;

    public int Count => _all.Count;

    public void Add(Trigger trigger)
    {
        _all.Add(trigger);
        _dirty = true;
    }

    public void Remove(Trigger trigger)
    {
        _all.Remove(trigger);
        _dirty = true;
    }

    /// <summary>Call after enabling or disabling a trigger.</summary>
    public void Invalidate() => _dirty = true;

    public void Clear()
    {
        _all.Clear();
        _dirty = true;
    }

    /// <summary>Adds every enabled trigger matching <paramref name="line"/> to <paramref name="hits"/>, in creation order.</summary>
    public void Match(ReadOnlySpan<char> line, List<Trigger> hits, List<Trigger> timedOut)
    {
        if (_dirty)
            Rebuild();
        if (_active.Length == 0)
            return;
        // Candidates: triggers whose literal occurs, and those without one; in creation order.
        _candidates.Clear();
        _candidates.AddRange(_alwaysRun);
        var found = FindLiterals(line);
        if (found > 0)
        {
            for (var id = 0; id < _literals.Length && found > 0; id++)
            {
                if (_seen[id] != _stamp)
                    continue;
                _candidates.AddRange(_triggersOfLiteral[id]);
                found--;
            }
            _candidates.Sort();
        }
        foreach (var i in _candidates)
        {
            var t = _active[i];
            if (t.Regex is not { } regex)
            {
                hits.Add(t); // plain: its literal is in the line
                continue;
            }
            try
            {
                if (PatternCache.IsMatch(regex, line))
                    hits.Add(t);
            }
            catch (RegexMatchTimeoutException)
            {
                timedOut.Add(t);
            }
        }
    }

    /// <summary>Stamps every literal that occurs in the line; returns how many distinct ones did.</summary>
    private int FindLiterals(ReadOnlySpan<char> line)
    {
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_seen);
            _stamp = 1;
        }
        if (_search is null)
            return 0;
        var distinct = 0;
        var offset = 0;
        while (offset < line.Length)
        {
            var found = line[offset..].IndexOfAny(_search);
            if (found < 0)
                break;
            var at = offset + found;
            foreach (var candidate in _literalsByFirst[line[at]])
            {
                if (_seen[candidate] != _stamp && line[at..].StartsWith(_literals[candidate], StringComparison.Ordinal))
                {
                    _seen[candidate] = _stamp;
                    distinct++;
                }
            }
            offset = at + 1;
        }
        return distinct;
    }

    private void Rebuild()
    {
        _dirty = false;
        var active = new List<Trigger>();
        var always = new List<int>();
        var literals = new List<string>();
        var triggersOf = new List<List<int>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in _all)
        {
            if (!t.Enabled || t.Removed)
                continue;
            var position = active.Count;
            active.Add(t);
            if (t.Literal is not { Length: > 0 } literal)
            {
                always.Add(position);
                continue;
            }
            if (!index.TryGetValue(literal, out var id))
            {
                id = literals.Count;
                index.Add(literal, id);
                literals.Add(literal);
                triggersOf.Add([]);
            }
            triggersOf[id].Add(position);
        }
        _active = [.. active];
        _alwaysRun = [.. always];
        _literals = [.. literals];
        _triggersOfLiteral = triggersOf.Select(l => l.ToArray()).ToArray();
        _seen = new int[literals.Count];
        _stamp = 0;
        _literalsByFirst = Enumerable.Range(0, literals.Count)
            .GroupBy(i => literals[i][0])
            .ToDictionary(g => g.Key, g => g.ToArray());
        _search = literals.Count == 0 ? null : SearchValues.Create(literals.ToArray(), StringComparison.Ordinal);
    }
}
