using TelnetTui.App.Tests.Support;
using TelnetTui.Core.Settings;
using TelnetTui.Tui.Input;
using KeyModifiers = TelnetTui.Tui.Input.KeyModifiers;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.App.Tests.App;

/// <summary>
/// Client keys: every action of [ui.keys] is a command; the defaults are Alt+letter, F-keys and Ctrl+]
/// (never something a BBS needs); F1 lists every binding as bound now; Ctrl+] opens the command menu;
/// a rebinding in config.toml takes effect.
/// </summary>
public class KeysAndMenuTests
{
    [Fact]
    public async Task Every_action_the_settings_know_is_a_command_of_the_app()
    {
        await using var h = AppHarness.Create();
        foreach (var action in KeyBindings.Actions)
            Assert.True(h.App.Application.Commands.TryGet(action, out _), $"no command for '{action}'");
    }

    [Fact]
    public void Default_client_keys_never_take_a_key_a_BBS_needs()
    {
        foreach (var (action, chord) in KeyBindings.Defaults)
        {
            var text = chord.ToString();
            var clientKey = text.StartsWith("Alt+", StringComparison.Ordinal) || (text.StartsWith('F') && text.Length <= 3)
                || text == "Ctrl+]" || text.StartsWith("Shift+Page", StringComparison.Ordinal) || text == "Shift+End";
            Assert.True(clientKey, $"{action} = {text}");
        }
    }

    [Fact]
    public async Task F1_lists_every_bound_key_and_the_keys_of_each_pane()
    {
        await using var h = AppHarness.Create(120, 60);
        h.Key(Key.F1);
        var help = Assert.IsType<HelpOverlay>(h.App.Application.TopOverlay);
        var rows = help.Rows.Where(r => !r.Heading).Select(r => r.Keys).ToList();
        foreach (var (action, chord) in KeyBindings.Defaults)
            Assert.Contains(TelnetTui.Tui.Input.KeyChord.Parse(chord.ToString()).ToString(), rows);
        Assert.Contains(help.Rows, r => r.Heading && r.Text == "Connection book");
        Assert.Contains(help.Rows, r => r.Heading && r.Text == "Negotiation inspector");
        Assert.Contains("Keys (Esc to close)", h.Text());
        h.Key(Key.F1);
        Assert.Null(h.App.Application.TopOverlay);
    }

    [Fact]
    public async Task Ctrl_close_bracket_opens_the_command_menu_and_runs_what_is_chosen()
    {
        await using var h = AppHarness.Create();
        h.Key(KeyEvent.Char(']', KeyModifiers.Ctrl));
        var palette = Assert.IsType<CommandPalette>(h.App.Application.TopOverlay);
        h.Type("inspector");
        Assert.Equal("toggle-inspector", palette.Selected?.Id);
        h.Key(Key.Enter);
        Assert.True(h.App.Side.IsOpen(TelnetTuiApp.InspectorPane));
        Assert.Contains("Negotiation inspector", h.Text());
    }

    [Fact]
    public async Task A_key_rebound_in_the_config_works_and_the_old_one_does_not()
    {
        var config = AppHarness.PanesClosed + "[ui.keys]\ntoggle-book = \"F9\"\nsave-selection = \"Alt+W\"\n";
        await using var h = AppHarness.Create(config: config);
        h.Key(KeyEvent.Char('b', KeyModifiers.Alt));
        Assert.False(h.App.Side.IsOpen(TelnetTuiApp.BookPane));
        h.Key(Key.F9);
        Assert.True(h.App.Side.IsOpen(TelnetTuiApp.BookPane));
        Assert.Contains(h.App.Application.Keys.BindingsFor("save-selection"), c => c.ToString() == "Alt+W");
    }
}
