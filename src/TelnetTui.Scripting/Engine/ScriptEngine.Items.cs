using System.Globalization;
using System.Text.RegularExpressions;
using TelnetTui.Core.Book;
using TelnetTui.Scripting.Items;
using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Runtime;
using TelnetTui.Scripting.Triggers;

namespace TelnetTui.Scripting.Engine;

/// <summary>Registering items, switching them on and off, and listing them for the script pane.</summary>
public sealed partial class ScriptEngine
{
    /// <summary>Most items of one kind a state may register.</summary>
    public const int MaxItemsPerKind = 10_000;

    private readonly Dictionary<int, ScriptItem> _items = [];
    private readonly TriggerSet _triggers = new();
    private readonly List<Alias> _aliases = [];
    private readonly List<ScriptTimer> _timers = [];
    private readonly List<ScriptEventHandler> _handlers = [];
    private int _nextId = 1;

    /// <summary>The items of one kind (or all), in creation order, for the script pane.</summary>
    public IReadOnlyList<ScriptItemInfo> Items(ScriptItemKind? kind = null) =>
        _items.Values.Where(i => kind is null || i.Kind == kind).OrderBy(i => i.Id).Select(Describe).ToList();

    /// <summary>Switches an item on or off (the pane's toggle); false when there is no such item.</summary>
    public bool SetEnabled(int id, bool enabled)
    {
        using var _ = Enter();
        if (!_items.TryGetValue(id, out var item))
            return false;
        SetEnabled(item, enabled);
        return true;
    }

    /// <summary>Switches every item a script registered on or off; returns how many.</summary>
    public int SetScriptEnabled(string script, bool enabled)
    {
        using var _ = Enter();
        var count = 0;
        foreach (var item in _items.Values.Where(i => i.Script == script).ToList())
        {
            SetEnabled(item, enabled);
            count++;
        }
        foreach (var s in _scripts.Where(s => s.Name == script))
            s.Enabled = enabled;
        return count;
    }

    /// <summary>Removes an item (the pane's delete); false when there is no such item.</summary>
    public bool Remove(int id)
    {
        using var _ = Enter();
        if (!_items.TryGetValue(id, out var item))
            return false;
        RemoveItem(item);
        return true;
    }

    internal void SetEnabled(ScriptItem item, bool enabled)
    {
        if (item.Enabled == enabled)
            return;
        item.Enabled = enabled;
        if (enabled)
            item.Failures = 0;
        if (item is Trigger)
            _triggers.Invalidate();
        if (item is ScriptTimer timer && enabled)
            timer.Due = _host.Clock.GetTimestamp() + Ticks(timer.Interval);
    }

    internal int SetGroupEnabled(string group, bool enabled)
    {
        var count = 0;
        foreach (var item in _items.Values)
        {
            if (item.Group == group)
            {
                SetEnabled(item, enabled);
                count++;
            }
        }
        return count;
    }

    internal T Register<T>(T item) where T : ScriptItem
    {
        if (CountOf(item.Kind) >= MaxItemsPerKind)
            throw new ScriptApiException($"too many {item.Kind.ToString().ToLowerInvariant()}s (at most {MaxItemsPerKind})");
        item.Id = _nextId++;
        _items.Add(item.Id, item);
        switch (item)
        {
            case Trigger t:
                _triggers.Add(t);
                break;
            case Alias a:
                _aliases.Add(a);
                break;
            case ScriptTimer timer:
                _timers.Add(timer);
                break;
            case ScriptEventHandler h:
                _handlers.Add(h);
                break;
        }
        return item;
    }

    internal bool TryGetItem(int id, ScriptItemKind kind, out ScriptItem item) =>
        _items.TryGetValue(id, out item!) && item.Kind == kind;

    /// <summary>Takes an item out; <paramref name="keepFunction"/> when its callback is about to run one last time (once, one-shot timers).</summary>
    internal void RemoveItem(ScriptItem item, bool keepFunction = false)
    {
        if (item.Removed)
            return;
        item.Removed = true;
        _items.Remove(item.Id);
        switch (item)
        {
            case Trigger t:
                _triggers.Remove(t);
                break;
            case Alias a:
                _aliases.Remove(a);
                break;
            case ScriptTimer timer:
                _timers.Remove(timer);
                break;
            case ScriptEventHandler h:
                _handlers.Remove(h);
                break;
        }
        if (item.Action.IsFunction && !keepFunction)
            _runtime?.Unreference(item.Action.FunctionRef);
    }

    private int CountOf(ScriptItemKind kind) => kind switch
    {
        ScriptItemKind.Trigger => _triggers.Count,
        ScriptItemKind.Alias => _aliases.Count,
        ScriptItemKind.Timer => _timers.Count,
        _ => _handlers.Count,
    };

    private void ClearItems()
    {
        _items.Clear();
        _triggers.Clear();
        _aliases.Clear();
        _timers.Clear();
        _handlers.Clear();
    }

    /// <summary>The host entry's [[triggers]] and [[aliases]]: no Lua, they send text, gag or colour.</summary>
    private void RegisterConfigItems()
    {
        foreach (var rule in _plan.Triggers)
        {
            try
            {
                var highlight = rule.Highlight;
                if (highlight is not null && HostColours.Check(highlight) is { } bad)
                    throw new ScriptApiException(bad);
                Register(new Trigger
                {
                    Pattern = rule.Pattern,
                    Regex = _patterns.Get(rule.Pattern, PatternCache.TriggerOptions, "trigger"),
                    Gag = rule.Gag,
                    Highlight = highlight,
                    Action = rule.Send is null ? ScriptAction.None : ScriptAction.Send(rule.Send),
                    FromConfig = true,
                });
            }
            catch (ScriptApiException e)
            {
                Report(new ScriptFailure($"host entry trigger '{rule.Pattern}': {e.Message}", null, null));
            }
        }
        foreach (var rule in _plan.Aliases)
        {
            try
            {
                Register(new Alias
                {
                    Pattern = rule.Pattern,
                    Regex = _patterns.Get(rule.Pattern, PatternCache.OccasionalOptions, "alias"),
                    Action = ScriptAction.Send(rule.Text),
                    FromConfig = true,
                });
            }
            catch (ScriptApiException e)
            {
                Report(new ScriptFailure($"host entry alias '{rule.Pattern}': {e.Message}", null, null));
            }
        }
    }

    internal Regex Pattern(string pattern, RegexOptions options, string function) => _patterns.Get(pattern, options, function);

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * _host.Clock.TimestampFrequency);

    private static ScriptItemInfo Describe(ScriptItem item) => item switch
    {
        Trigger t => new ScriptItemInfo(t.Id, t.Kind, t.Pattern, t.Source, t.Group, t.Enabled, t.Hits, TriggerDetails(t)),
        Alias a => new ScriptItemInfo(a.Id, a.Kind, a.Pattern, a.Source, a.Group, a.Enabled, a.Hits, ActionText(a.Action)),
        ScriptTimer timer => new ScriptItemInfo(timer.Id, timer.Kind, timer.Interval.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s",
            timer.Source, timer.Group, timer.Enabled, timer.Hits, (timer.Repeat ? "repeating, " : "once, ") + ActionText(timer.Action)),
        ScriptEventHandler h => new ScriptItemInfo(h.Id, h.Kind, h.Name, h.Source, h.Group, h.Enabled, h.Hits, ActionText(h.Action)),
        _ => throw new InvalidOperationException(),
    };

    private static string TriggerDetails(Trigger t)
    {
        var parts = new List<string> { t.Plain ? "plain" : "regex" };
        if (t.Gag)
            parts.Add("gag");
        if (t.Highlight is not null)
            parts.Add("highlight " + t.Highlight);
        if (t.Once)
            parts.Add("once");
        parts.Add(ActionText(t.Action));
        return string.Join(", ", parts);
    }

    private static string ActionText(ScriptAction action) =>
        action.IsFunction ? "function" : action.Text is { } text ? "sends \"" + text + "\"" : "no action";
}
