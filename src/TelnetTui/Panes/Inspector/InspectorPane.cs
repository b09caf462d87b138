using TelnetTui.App;
using TelnetTui.Core.Negotiation;
using TelnetTui.Telnet.Engine;
using TelnetTui.Tui;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Panes.Inspector;

/// <summary>
/// The negotiation inspector: three pages under tabs (Ctrl+PgUp/PgDn or a click switch them) — the live
/// record table, the option states, and the latest GMCP/MSDP/MSSP data. On the table page, f opens the
/// filter, x shows raw bytes, Enter shows one record in full; Space pauses, / searches (the table's own keys).
/// </summary>
public sealed class InspectorPane : Widget
{
    private readonly AppState _state;

    public InspectorPane(AppState state)
    {
        _state = state;
        Name = "inspector";
        Table = new NegotiationTable(state);
        Options = new OptionStatesView(state);
        Data = new MudDataView(state);
        Tabs = Adopt(new TabView { Name = "inspector-tabs" }.Add("Log", Table).Add("Options", Options).Add("Data", Data));
        state.SessionChanged += session => Table.Reset(session?.NegotiationLog.ToArray() ?? []);
        Options.RequestChange += row => OptionChangeRequested?.Invoke(row);
        Table.Activated += record => DetailsRequested?.Invoke(record);
    }

    public TabView Tabs { get; }
    public NegotiationTable Table { get; }
    public OptionStatesView Options { get; }
    public MudDataView Data { get; }

    public event Action? FilterRequested;
    public event Action<NegotiationRecord>? DetailsRequested;
    public event Action<OptionStateRow>? OptionChangeRequested;

    public override IEnumerable<Widget> Children => [Tabs];

    /// <summary>A record from the session (the app forwards <c>NegotiationRecorded</c>).</summary>
    public void Add(NegotiationRecord record) => Table.Add(record);

    /// <summary>What the pane's title shows at its right: paused, filtered.</summary>
    public string? Status
    {
        get
        {
            var parts = new List<string>();
            if (Table.Paused)
                parts.Add($"paused +{Table.PendingWhilePaused}");
            if (!Table.Filter.IsAll)
                parts.Add("filter: " + Table.Filter);
            return parts.Count == 0 ? null : string.Join(" · ", parts);
        }
    }

    protected override void OnRender(Rect area, Buffer buffer) => Tabs.Render(area, buffer);

    public override bool OnKey(KeyEvent e)
    {
        if (Tabs.ActivePage != Table || !e.IsText)
            return false;
        switch (e.Rune.Value)
        {
            case 'f':
                FilterRequested?.Invoke();
                return true;
            case 'x':
                Table.ShowRaw = !Table.ShowRaw;
                return true;
            case 'c':
                Table.Reset([]);
                _state.ShowMessage("inspector cleared (the session keeps its own record)");
                return true;
        }
        return false;
    }
}
