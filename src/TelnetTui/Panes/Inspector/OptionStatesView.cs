using TelnetTui.App;
using TelnetTui.Core.Negotiation;
using TelnetTui.Tui;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Panes.Inspector;

/// <summary>
/// Every option either side touched (or our policy handles), with both sides' RFC 1143 state and our
/// policy, read from the session each time it is drawn. Enter on an option asks the app to offer enabling
/// or disabling it on either side.
/// </summary>
public sealed class OptionStatesView : Widget
{
    private readonly AppState _state;

    public OptionStatesView(AppState state)
    {
        _state = state;
        Name = "option-states";
        List = Adopt(new ListView<OptionStateRow>(Text) { Name = "options" });
        List.Activated += row => RequestChange?.Invoke(row);
    }

    public ListView<OptionStateRow> List { get; }

    /// <summary>The user wants to change an option (Enter on its row).</summary>
    public event Action<OptionStateRow>? RequestChange;

    public override IEnumerable<Widget> Children => [List];

    /// <summary>"NAWS (31)  us YES  them NO  accept/refuse".</summary>
    public static string Text(OptionStateRow row) =>
        $"{row.Name,-12} {row.Option,3}  us {row.State.Local,-8} them {row.State.Remote,-8} {Policy(row)}";

    private static string Policy(OptionStateRow row) =>
        $"{row.LocalPolicy.ToString().ToLowerInvariant()}/{row.RemotePolicy.ToString().ToLowerInvariant()}";

    /// <summary>Reads the session's option states again, keeping the selected option selected.</summary>
    public void Refresh()
    {
        var rows = _state.Session?.GetOptionStates() ?? [];
        var selected = List.SelectedItem;
        if (rows.Count == List.Items.Count && rows.SequenceEqual(List.Items))
            return;
        List.Items = rows;
        if (List.Items.Count > 0 && selected.Name is not null)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Option == selected.Option)
                {
                    List.Select(i);
                    break;
                }
            }
        }
    }

    protected override void OnRender(Rect area, Buffer buffer)
    {
        Refresh();
        var theme = Theme;
        buffer.SetString(area.X, area.Y, Tui.Text.TextFit.Truncate("option       no.  us (WILL)    them (DO)   policy", area.Width), theme.Header, area.Width);
        var body = new Rect(area.X, area.Y + 1, area.Width, Math.Max(0, area.Height - 2));
        List.Render(body, buffer);
        if (List.Items.Count == 0 && body.Height > 0)
            buffer.SetString(area.X + 1, body.Y, _state.Session?.CanSend == true ? "no options negotiated yet" : "not connected", theme.Muted, area.Width - 1);
        if (area.Height >= 3)
            buffer.SetString(area.X, area.Bottom - 1, Tui.Text.TextFit.Truncate("Enter: ask to enable/disable an option", area.Width), theme.Muted, area.Width);
    }
}
