using System.Globalization;
using TelnetTui.Scripting.Pane;

namespace TelnetTui.Panes.Scripts;

/// <summary>One row of the script pane's list: a loaded script, or a trigger, alias, timer or handler it registered.</summary>
public sealed record ScriptRow(ScriptInfo? Script, ScriptItemInfo? Item)
{
    public bool Enabled => Item?.Enabled ?? Script!.Enabled;

    /// <summary>"● trigger  ^You are hungry  ×3  demo-mud.lua:12 · regex, sends "eat""; scripts with their state.</summary>
    public string Text
    {
        get
        {
            var mark = Enabled ? "●" : "○";
            if (Item is { } i)
            {
                var group = i.Group is null ? "" : " [" + i.Group + "]";
                return $"{mark} {i.Kind.ToString().ToLowerInvariant(),-7} {i.Pattern}  ×{i.Hits.ToString(CultureInfo.InvariantCulture)}  {i.Source}{group} · {i.Details}";
            }
            var s = Script!;
            var state = s.State switch
            {
                ScriptState.Failed => "failed: " + (s.Failure?.ToString() ?? "?"),
                ScriptState.Waiting => "running (waiting)",
                _ => "loaded",
            };
            return $"{mark} script  {s.Name}  {state} · {s.Items} item(s)";
        }
    }
}
