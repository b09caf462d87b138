using TelnetTui.App.Tests.Support;
using TelnetTui.Panes.Inspector;
using TelnetTui.Telnet.Engine;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.App.Tests.Panes;

/// <summary>
/// The negotiation inspector: every IAC command both ways as a live table (time, direction, command,
/// option, meaning; raw bytes on demand), filters, pause and search; the options with both sides' RFC 1143
/// state and a way to ask for a change; the latest GMCP/MSDP/MSSP data as a tree.
/// </summary>
public sealed class InspectorTests : IAsyncLifetime
{
    private const string InspectorOpen = "[ui.panes]\nbook = { open = false, size = 30 }\ninspector = { open = true, size = 60 }\n";
    private readonly AppHarness _h = AppHarness.Create(140, 40, InspectorOpen);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _h.DisposeAsync();

    private static byte[] Gmcp(string message) =>
        [.. Bytes.Of("IAC SB GMCP"), .. System.Text.Encoding.UTF8.GetBytes(message), .. Bytes.Of("IAC SE")];

    private string[] InspectorRows()
    {
        var table = _h.App.Inspector.Table;
        return Enumerable.Range(0, table.Source.Count).Select(i => table.Source[i])
            .Where(r => table.RowFilter?.Invoke(r) ?? true).Select(RecordText.Line).ToArray();
    }

    [Fact]
    public void Negotiation_shows_both_ways_with_the_state_it_left()
    {
        _h.Connect();
        _h.FromHost(Bytes.Of("IAC WILL ECHO IAC DO NAWS IAC DO TTYPE"));
        _h.Settle();
        var text = _h.Text();
        Assert.Contains("<- WILL   ECHO", text);
        Assert.Contains("-> DO     ECHO", text);
        Assert.Contains("-> WILL   NAWS", text);
        Assert.Contains("-> SB     NAWS", text);
        Assert.Contains(InspectorRows(), r => r.Contains("-> DO ECHO") && r.Contains("now local NO, remote YES"));
    }

    [Fact]
    public void Filters_hide_rows_raw_bytes_show_on_demand_and_space_pauses()
    {
        _h.Connect();
        _h.FromHost(Bytes.Of("IAC WILL ECHO IAC DO NAWS"));
        _h.Settle();
        _h.App.Inspector.Table.Filter = new InspectorFilter(Option: 31);
        Assert.All(InspectorRows(), r => Assert.Contains("NAWS", r));
        _h.App.Inspector.Table.Filter = new InspectorFilter(Direction: TelnetDirection.Received);
        Assert.All(InspectorRows(), r => Assert.Contains(" <- ", r));
        _h.App.Inspector.Table.Filter = new InspectorFilter(HideData: true);
        Assert.DoesNotContain(InspectorRows(), r => r.Contains(" SB "));
        Assert.Contains("filter: no SB data", _h.Text());

        _h.App.FocusPane(TelnetTuiApp.InspectorPane);
        _h.Key(KeyEvent.Char('x'));
        Assert.Contains("FF FB 01", _h.Text()); // IAC WILL ECHO, raw
        _h.Key(KeyEvent.Char(' '));
        _h.FromHost(Bytes.Of("IAC WILL SGA"));
        Assert.Contains("paused +", _h.Text());
        Assert.DoesNotContain("FF FB 03", _h.Text());
        _h.Key(KeyEvent.Char(' '));
        Assert.Contains("FF FB 03", _h.Text());
    }

    [Fact]
    public void The_filter_dialog_sets_option_direction_and_data()
    {
        _h.Connect();
        _h.App.FocusPane(TelnetTuiApp.InspectorPane);
        _h.Key(KeyEvent.Char('f'));
        var dialog = Assert.IsType<Dialog>(_h.App.Application.TopOverlay);
        _h.Type("naws");
        ((ChoiceField)dialog.Form.Fields[1]).SelectedIndex = 2;
        _h.Key(Key.Enter);
        Assert.Equal(new InspectorFilter(31, TelnetDirection.Sent, false), _h.App.Inspector.Table.Filter);
    }

    [Fact]
    public void The_options_page_shows_both_sides_and_asks_for_a_change()
    {
        _h.Connect();
        _h.FromHost(Bytes.Of("IAC WILL TELOPT_EOR IAC DO NAWS"));
        _h.Settle();
        _h.App.Inspector.Tabs.Select(1);
        _h.App.FocusPane(TelnetTuiApp.InspectorPane);
        var text = _h.Text();
        Assert.Contains("NAWS          31  us YES      them NO", text);
        var list = _h.App.Inspector.Options.List;
        list.Select(list.Items.ToList().FindIndex(r => r.Name == "ECHO"));
        _h.Host.ClearFromClient();
        _h.Key(Key.Enter);
        Assert.Contains("ECHO (1)", _h.Text());
        var dialog = Assert.IsType<Dialog>(_h.App.Application.TopOverlay);
        dialog.Buttons.Single(b => b.Text == "DO").Press();
        _h.Pump(() => Bytes.Contains(_h.Host.FromClient, Bytes.Of("IAC DO ECHO")), "IAC DO ECHO");
        Assert.Contains("asked: DO ECHO", _h.Lines()[^1]);
    }

    [Fact]
    public void GMCP_MSDP_and_MSSP_data_show_as_a_tree_of_the_latest_values()
    {
        _h.Connect();
        _h.FromHost(Bytes.Of("IAC WILL GMCP"));
        _h.FromHost(Gmcp("Char.Vitals {\"hp\":90,\"maxhp\":100}"), () => _h.Session!.MudData.Version > 0);
        _h.FromHost(Gmcp("Char.Vitals {\"hp\":75,\"maxhp\":100}"), () => _h.Session!.MudData.Version > 1);
        _h.App.Inspector.Tabs.Select(2);
        _h.App.FocusPane(TelnetTuiApp.InspectorPane);
        var tree = _h.App.Inspector.Data.Tree;
        _h.Frame();
        for (var round = 0; round < 4; round++)
        {
            foreach (var node in tree.Rows.Select(r => r.Node).ToList())
                node.Expanded = true;
        }
        var text = _h.Text();
        Assert.Contains("▾ GMCP", text);
        Assert.Contains("Vitals {2}", text);
        Assert.Contains("hp: 75", text);
        Assert.DoesNotContain("hp: 90", text);
        // a new value rebuilds the tree; what was open stays open
        _h.FromHost(Gmcp("Char.Vitals {\"hp\":60,\"maxhp\":100}"), () => _h.Session!.MudData.Version > 2);
        Assert.Contains("hp: 60", _h.Text());
        // the script pane's event stream has both messages
        var events = Enumerable.Range(0, _h.App.Events.Log.Source.Count).Select(i => _h.App.Events.Log.Source[i].Text).ToList();
        Assert.Equal(3, events.Count(e => e.Contains("GMCP") && e.Contains("Char.Vitals")));
    }
}
