using System.Buffers;
using System.Text.RegularExpressions;
using TelnetTui.Scripting.Items;

namespace TelnetTui.Scripting.Triggers;

/// <summary>
/// The enabled triggers, indexed for matching a line without allocating: plain-text triggers share
/// one multi-string search (SearchValues: a line that contains none of them costs one vectorised
/// pass), regex triggers are compiled and tried with IsMatch on the span. Hits come back in
/// creation order; a pattern that times out is reported, not thrown.
/// </summary>
internal sealed class TriggerSet
{
    private readonly List<Trigger> _all = [];
    private Trigger[] _regex = [];
    private Trigger[] _plain = [];
    private SearchValues<string>? _plainSearch;
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
        var before = hits.Count;
        if (_plainSearch is not null && line.IndexOfAny(_plainSearch) >= 0)
        {
            foreach (var t in _plain)
            {
                if (line.Contains(t.Pattern, StringComparison.Ordinal))
                    hits.Add(t);
            }
        }
        var plainHits = hits.Count - before;
        foreach (var t in _regex)
        {
            try
            {
                if (t.Regex!.IsMatch(line))
                    hits.Add(t);
            }
            catch (RegexMatchTimeoutException)
            {
                timedOut.Add(t);
            }
        }
        if (plainHits > 0 && hits.Count - before > plainHits)
            hits.Sort(before, hits.Count - before, ByCreation.Instance);
    }

    private void Rebuild()
    {
        _dirty = false;
        var regex = new List<Trigger>();
        var plain = new List<Trigger>();
        foreach (var t in _all)
        {
            if (!t.Enabled || t.Removed)
                continue;
            (t.Plain ? plain : regex).Add(t);
        }
        _regex = [.. regex];
        _plain = [.. plain];
        _plainSearch = _plain.Length == 0 ? null : SearchValues.Create(_plain.Select(t => t.Pattern).Distinct().ToArray(), StringComparison.Ordinal);
    }

    private sealed class ByCreation : IComparer<Trigger>
    {
        public static readonly ByCreation Instance = new();

        public int Compare(Trigger? x, Trigger? y) => x!.Id.CompareTo(y!.Id);
    }
}
