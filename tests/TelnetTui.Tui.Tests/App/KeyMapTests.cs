using TelnetTui.Tui.App;
using TelnetTui.Tui.Input;
using static TelnetTui.Tui.Tests.Support.Keys;

namespace TelnetTui.Tui.Tests.App;

/// <summary>Bindings rebindable from the config: command id → chords, errors named.</summary>
public class KeyMapTests
{
    private static CommandRegistry Commands()
    {
        var commands = new CommandRegistry();
        commands.Add("help", "Help", () => { });
        commands.Add("quit", "Quit", () => { });
        commands.Add("escape", "Telnet escape", () => { });
        return commands;
    }

    [Fact]
    public void The_config_rebinds_commands_with_one_or_more_chords()
    {
        var keys = new KeyMap();
        keys.Bind("F1", "help");
        keys.Bind("Alt+Q", "quit", BindingScope.Always);
        var errors = keys.Apply([new("help", "F2, Alt+H"), new("escape", "Ctrl+]"), new("quit", "none")], Commands());
        Assert.Empty(errors);
        Assert.Equal(["F2", "Alt+H"], keys.BindingsFor("help").Select(c => c.ToString()));
        Assert.False(keys.TryGetCommand(K(Key.F1), false, out _));
        Assert.True(keys.TryGetCommand(Ctrl(']'), false, out var id) && id == "escape");
        Assert.Empty(keys.BindingsFor("quit"));
    }

    [Fact]
    public void A_comma_key_can_be_bound()
    {
        var keys = new KeyMap();
        Assert.Empty(keys.Apply([new("help", "Ctrl+,, F3")], Commands()));
        Assert.Equal(["Ctrl+,", "F3"], keys.BindingsFor("help").Select(c => c.ToString()));
    }

    [Fact]
    public void Unknown_commands_and_bad_chords_are_reported_and_the_rest_applied()
    {
        var keys = new KeyMap();
        keys.Bind("F1", "help");
        var errors = keys.Apply([new("launch", "F5"), new("help", "Ctrl+Nope"), new("quit", "Ctrl+Q")], Commands());
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("unknown command 'launch'"));
        Assert.Contains(errors, e => e.Contains("'help'") && e.Contains("Nope"));
        Assert.Equal(["F1"], keys.BindingsFor("help").Select(c => c.ToString()));
        Assert.True(keys.TryGetCommand(Ctrl('q'), false, out _));
    }

    [Fact]
    public void Main_scope_bindings_wait_while_an_overlay_is_open()
    {
        var keys = new KeyMap();
        keys.Bind("F2", "help");
        keys.Bind("F10", "quit", BindingScope.Always);
        Assert.False(keys.TryGetCommand(K(Key.F2), overlayOpen: true, out _));
        Assert.True(keys.TryGetCommand(K(Key.F10), overlayOpen: true, out _));
    }
}
