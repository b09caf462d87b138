using TelnetTui.App;
using TelnetTui.Tui;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Panes.Scripts;

/// <summary>
/// The loaded scripts and everything they registered — triggers, aliases, timers, GMCP/MSDP and prompt
/// handlers — with where each was defined and how often it fired. Enter switches the selected row on or
/// off (a script: all its items), Delete removes an item, typing filters. Rebuilt each frame it is shown,
/// so hit counts are live.
/// </summary>
public sealed class ScriptItemsView : Widget
{
    private readonly AppState _state;
    private readonly Func<ScriptDriver> _driver;

    public ScriptItemsView(AppState state, Func<ScriptDriver> driver)
    {
        _state = state;
        _driver = driver;
        Name = "script-items";
        List = Adopt(new ListView<ScriptRow>(r => r.Text) { Name = "script-list", StyleOf = r => r.Enabled ? null : state.Theme.Ui.Muted });
        List.Activated += Toggle;
    }

    public ListView<ScriptRow> List { get; }

    public override IEnumerable<Widget> Children => [List];

    /// <summary>Reads the engine's scripts and items again.</summary>
    public void Refresh()
    {
        var engine = _driver().Engine;
        var rows = new List<ScriptRow>();
        foreach (var script in engine.Scripts)
            rows.Add(new ScriptRow(script, null));
        foreach (var item in engine.Items())
            rows.Add(new ScriptRow(null, item));
        List.Items = rows;
    }

    /// <summary>Switches a row on or off: an item by its id, a script with everything it registered.</summary>
    public void Toggle(ScriptRow row)
    {
        var driver = _driver();
        bool done;
        if (row.Item is { } item)
            done = driver.Run(e => e.SetEnabled(item.Id, !item.Enabled), false);
        else
            done = driver.Run(e => e.SetScriptEnabled(row.Script!.Name, !row.Script.Enabled) >= 0, false);
        if (done)
            _state.ShowMessage($"{Describe(row)} {(row.Enabled ? "off" : "on")}");
        Refresh();
    }

    private static string Describe(ScriptRow row) =>
        row.Item is { } i ? $"{i.Kind.ToString().ToLowerInvariant()} {i.Id} ({i.Pattern})" : "script " + row.Script!.Name;

    protected override void OnRender(Rect area, Buffer buffer)
    {
        if (!area.IsEmpty)
            Refresh();
        if (List.Items.Count == 0 && area.Height > 1)
        {
            List.Render(Rect.Empty, buffer);
            buffer.SetString(area.X + 1, area.Y, Tui.Text.TextFit.Truncate("No scripts loaded.", area.Width - 1), Theme.Title, area.Width - 1);
            buffer.SetString(area.X + 1, area.Y + 1, Tui.Text.TextFit.Truncate("Name them in the host entry (scripts = [...]) or put them in scripts/global/.", area.Width - 1), Theme.Muted, area.Width - 1);
            return;
        }
        List.Render(area, buffer);
    }

    public override bool OnKey(KeyEvent e)
    {
        if (e.Key == Key.Delete && e.Modifiers == KeyModifiers.None && List.SelectedItem is { Item: { } item })
        {
            if (_driver().Run(eng => eng.Remove(item.Id), false))
                _state.ShowMessage($"removed {item.Kind.ToString().ToLowerInvariant()} {item.Id}");
            Refresh();
            return true;
        }
        return false;
    }
}
