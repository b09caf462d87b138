using TelnetTui.App;
using TelnetTui.Tui;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Panes.Scripts;

/// <summary>
/// The script pane: three pages under tabs (Ctrl+PgUp/PgDn or a click switch them) — the Lua console with
/// the scripts' output and errors, the list of scripts and their triggers, aliases, timers and handlers,
/// and the session's event stream (prompts, GMCP/MSDP/MSSP, state changes, notices).
/// </summary>
public sealed class ScriptPane : Widget
{
    public ScriptPane(AppState state, Func<ScriptDriver> driver, EventStreamPane events)
    {
        Name = "scripts";
        Console = new ScriptConsoleView(state, driver);
        Items = new ScriptItemsView(state, driver);
        Events = events;
        Tabs = Adopt(new TabView { Name = "script-tabs" }.Add("Console", Console).Add("Items", Items).Add("Events", Events));
    }

    public TabView Tabs { get; }
    public ScriptConsoleView Console { get; }
    public ScriptItemsView Items { get; }
    public EventStreamPane Events { get; }

    /// <summary>Where the keyboard goes when the pane is focused: the console's input, the list, or the event log.</summary>
    public Widget FocusTarget => Tabs.ActivePage switch
    {
        ScriptConsoleView console => console.Input,
        ScriptItemsView items => items.List,
        EventStreamPane events => events.Log,
        _ => this,
    };

    public override IEnumerable<Widget> Children => [Tabs];

    protected override void OnRender(Rect area, Buffer buffer) => Tabs.Render(area, buffer);
}
