using System.Text;
using TelnetTui.App.Tests.Support;
using TelnetTui.Core.Book;
using TelnetTui.Panes.Scripts;
using TelnetTui.Scripting.Items;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.App.Tests.Panes;

/// <summary>
/// The script pane: the Lua console (values printed, history, multi-line entries), the list of scripts
/// and items with hit counts and the on/off toggle, errors with file and line; and scripts in the live
/// session: aliases on the input line, gag and highlight on screen, echo() in its own colour.
/// </summary>
public sealed class ScriptPaneTests : IAsyncLifetime
{
    private readonly AppHarness _h = AppHarness.Create(120, 30);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _h.DisposeAsync();

    private ScriptPane Pane => _h.App.Scripts;

    private List<string> Output => Enumerable.Range(0, Pane.Console.Output.Source.Count).Select(i => Pane.Console.Output.Source[i].Text).ToList();

    private void OpenConsole()
    {
        _h.App.TogglePane(TelnetTuiApp.ScriptsPane);
        _h.Frame();
        Assert.True(Pane.Console.Input.HasFocus, "the console's input has the focus when the pane opens");
    }

    private void WriteScript(string name, string code) => _h.Folder.Write("config/telnettui/scripts/" + name, code);

    private string FromClient => Encoding.UTF8.GetString(_h.Host.FromClient);

    [Fact]
    public void The_console_evaluates_an_expression_and_prints_its_value()
    {
        OpenConsole();
        _h.Type("1+1");
        _h.Key(Key.Enter);
        Assert.Equal(["lua> 1+1", "2"], Output.TakeLast(2));
        Assert.Equal("", Pane.Console.Input.Text);
        Assert.Contains("lua> 1+1", _h.Text());
    }

    [Fact]
    public void Up_and_Down_recall_earlier_entries_and_an_unfinished_entry_continues_on_the_next_line()
    {
        OpenConsole();
        _h.Type("x = 41");
        _h.Key(Key.Enter);
        _h.Type("x + 1");
        _h.Key(Key.Enter);
        Assert.Equal("42", Output[^1]);
        _h.Key(Key.Up);
        Assert.Equal("x + 1", Pane.Console.Input.Text);
        _h.Key(Key.Up);
        Assert.Equal("x = 41", Pane.Console.Input.Text);
        _h.Key(Key.Down);
        Assert.Equal("x + 1", Pane.Console.Input.Text);

        // An open function is not run: the next line continues it (as the standalone lua does).
        Pane.Console.Input.Text = "";
        _h.Type("function twice(n)");
        _h.Key(Key.Enter);
        Assert.Equal(["function twice(n)"], Pane.Console.Pending);
        _h.Type("return 2 * n end");
        _h.Key(Key.Enter);
        Assert.Empty(Pane.Console.Pending);
        // Shift+Enter starts another line of the same entry on purpose.
        _h.Type("local a = twice(3)");
        _h.Key(Key.Enter, KeyModifiers.Shift);
        _h.Type("return a + 1");
        _h.Key(Key.Enter);
        Assert.Equal("7", Output[^1]);
    }

    [Fact]
    public void A_script_error_shows_its_file_and_line()
    {
        WriteScript("global/boom.lua", "local t = nil\nlocal v = t.field\n");
        OpenConsole();
        _h.Connect();
        Assert.Contains(Output, l => l.StartsWith("error global/boom.lua:2:", StringComparison.Ordinal) && l.Contains("nil", StringComparison.Ordinal));
        _h.App.FocusPane(TelnetTuiApp.ScriptsPane);
        _h.Type("error('bad')");
        _h.Key(Key.Enter);
        Assert.StartsWith("error console:1: bad", Output[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Switching_a_trigger_off_in_the_list_stops_its_hits()
    {
        WriteScript("global/pong.lua", "trigger('^ping', function() send('pong') end)\n");
        OpenConsole();
        _h.Connect();
        _h.FromHost("ping\r\n");
        _h.Pump(() => FromClient.Contains("pong\r\n"), "the trigger's reply");
        _h.App.FocusPane(TelnetTuiApp.ScriptsPane);
        _h.Key(Key.PageDown, KeyModifiers.Ctrl); // the Items page
        _h.Frame();
        var rows = Pane.Items.List.Items;
        var index = rows.ToList().FindIndex(r => r.Item?.Kind == ScriptItemKind.Trigger);
        Assert.True(index >= 0, "the trigger is listed");
        Assert.Contains("^ping  ×1  global/pong.lua:1", rows[index].Text);
        Assert.StartsWith("●", rows[index].Text);
        Pane.Items.List.Select(index);
        _h.App.Application.Focus.SetFocus(Pane.Items.List);
        _h.Key(Key.Enter);
        _h.Frame();
        var row = Pane.Items.List.Items[index];
        Assert.False(row.Enabled);
        Assert.StartsWith("○", row.Text);

        _h.Host.ClearFromClient();
        _h.FromHost("ping\r\n");
        _h.Settle(100);
        Assert.DoesNotContain("pong", FromClient);
        _h.Frame();
        Assert.Contains("×1 ", Pane.Items.List.Items[index].Text);

        _h.Key(Key.Enter); // and on again
        _h.FromHost("ping\r\n");
        _h.Pump(() => FromClient.Contains("pong\r\n"), "the trigger's reply once it is on again");
    }

    [Fact]
    public void Gag_hides_a_line_highlight_colours_one_and_echo_has_its_own_colour()
    {
        var entry = new HostEntry
        {
            Id = "mud",
            Name = "Test MUD",
            Host = "mud.example",
            Port = 4000,
            Mode = HostMode.Mud,
            Triggers = [new TriggerRule("^\\[OOC\\]", Gag: true), new TriggerRule("tells you", Highlight: "bright-red")],
        };
        WriteScript("hosts/mud/echo.lua", "trigger('^You are hungry', function() echo('*** eat something ***') end)\n");
        _h.Connect(entry);
        _h.FromHost("first line\r\n[OOC] Bob: lol\r\nAda tells you 'hi'\r\nYou are hungry\r\nlast line\r\n", () => _h.Session!.Screen.GetLineText(4).StartsWith("last", StringComparison.Ordinal));
        var lines = _h.Lines();
        Assert.DoesNotContain(lines, l => l.Contains("[OOC]", StringComparison.Ordinal));
        Assert.Equal(" first line", lines[0].TrimEnd());
        Assert.Equal(" Ada tells you 'hi'", lines[1].TrimEnd());
        Assert.Equal(" *** eat something ***", lines[2].TrimEnd());
        Assert.Equal(" You are hungry", lines[3].TrimEnd());
        var frame = _h.Frame();
        var theme = _h.App.State.Theme;
        Assert.NotEqual(frame[5, 1].Style.Foreground, frame[1, 1].Style.Foreground); // "tells" vs "Ada"
        Assert.Equal(frame[5, 1].Style.Foreground, frame[9, 1].Style.Foreground);
        Assert.Equal(frame[1, 1].Style.Foreground, frame[16, 1].Style.Foreground); // "'hi'" is back to the host's colour
        Assert.Equal(theme.ScriptEcho.Foreground, frame[1, 2].Style.Foreground);
        Assert.NotEqual(theme.LocalEcho.Foreground, theme.ScriptEcho.Foreground);
    }

    [Fact]
    public void An_alias_rewrites_the_typed_line_and_semicolons_split_it()
    {
        var entry = new HostEntry { Id = "mud", Host = "mud.example", Port = 4000, Mode = HostMode.Mud, Aliases = [new AliasRule("^k (.+)$", "kill $1")] };
        _h.Connect(entry);
        _h.Type("k orc;look");
        _h.Key(Key.Enter);
        _h.Pump(() => FromClient.Contains("look\r\n"), "the commands to reach the host");
        Assert.Equal("kill orc\r\nlook\r\n", FromClient);
        Assert.Contains("k orc;look", _h.Session!.History!.Entries);
    }

    [Fact]
    public void A_script_timer_fires_from_the_UI_loop_and_reload_starts_the_scripts_over()
    {
        WriteScript("global/tick.lua", "timer(0.05, function() log('tick') end, false)\n");
        OpenConsole();
        _h.Connect();
        _h.Pump(() => Output.Contains("tick"), "the timer's log line");
        Assert.Single(_h.App.CurrentScripts.Engine.Scripts);

        WriteScript("global/tick.lua", "log('version two')\n");
        _h.App.FocusPane(TelnetTuiApp.ScriptsPane);
        _h.Type("reload()");
        _h.Key(Key.Enter);
        Assert.Contains("version two", Output);
        Assert.Contains("· scripts reloaded", Output);
        Assert.Empty(_h.App.CurrentScripts.Engine.Items());
    }

    [Fact]
    public void The_help_lists_the_script_pane_keys()
    {
        _h.Key(Key.F1);
        var help = Assert.IsType<HelpOverlay>(_h.App.Application.TopOverlay);
        Assert.Contains(help.Rows, r => r.Heading && r.Text == "Script pane");
        Assert.Contains(help.Rows, r => r.Keys == "items: Enter" && r.Text.Contains("on or off", StringComparison.Ordinal));
        Assert.Contains(help.Rows, r => r.Keys == "console: Shift+Enter, Alt+Enter");
    }
}
