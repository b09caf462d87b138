using TelnetTui.App.Tests.Support;
using TelnetTui.Tui.Input;

namespace TelnetTui.App.Tests.Panes;

/// <summary>The inspector's pages switch with Ctrl+PgDn / Ctrl+PgUp whichever page has the focus.</summary>
public class InspectorTabsTests
{
    private const string Config = "[ui.panes]\ninspector = { open = true, size = 50 }\nbook = { open = false, size = 30 }\n";

    [Fact]
    public async Task Ctrl_PgDn_and_PgUp_walk_through_the_pages()
    {
        await using var h = AppHarness.Create(120, 30, Config);
        h.Connect();
        h.App.FocusPane(TelnetTuiApp.InspectorPane);
        var tabs = h.App.Inspector.Tabs;
        foreach (var expected in new[] { 1, 2, 0, 1 })
        {
            h.Key(Key.PageDown, KeyModifiers.Ctrl);
            h.Frame();
            Assert.True(expected == tabs.ActiveIndex, $"focus on {h.App.Application.Focus.Focused}, page {tabs.ActiveIndex}");
        }
        h.Key(Key.PageUp, KeyModifiers.Ctrl);
        h.Frame();
        Assert.Equal(0, tabs.ActiveIndex);
    }

    [Fact]
    public async Task F6_onto_a_later_page_still_lets_Ctrl_PgDn_move_on()
    {
        await using var h = AppHarness.Create(120, 30, Config);
        h.Connect();
        var tabs = h.App.Inspector.Tabs;
        tabs.Select(1);
        h.Frame();
        h.Key(Key.F6);
        h.Frame();
        Assert.True(h.App.Inspector.Contains(h.App.Application.Focus.Focused), $"focus on {h.App.Application.Focus.Focused}");
        h.Key(Key.PageDown, KeyModifiers.Ctrl);
        h.Frame();
        Assert.True(tabs.ActiveIndex == 2, $"focus on {h.App.Application.Focus.Focused}, page {tabs.ActiveIndex}");
    }
}

public class InspectorTabsFromKeysTests
{
    [Fact]
    public async Task Opened_with_Alt_I_the_pages_switch_with_Ctrl_PgDn()
    {
        await using var h = AppHarness.Create(100, 28);
        h.Connect();
        h.FromHost(TelnetTui.App.Tests.Support.Bytes.Of("IAC WILL GMCP \"> \" IAC GA"));
        h.Key(KeyEvent.Char('i', KeyModifiers.Alt));
        h.Frame();
        var tabs = h.App.Inspector.Tabs;
        for (var expected = 1; expected <= 2; expected++)
        {
            h.Key(Key.PageDown, KeyModifiers.Ctrl);
            h.Frame();
            h.Frame();
            Assert.True(expected == tabs.ActiveIndex, $"focus on {h.App.Application.Focus.Focused}, page {tabs.ActiveIndex}");
        }
    }
}
