using TelnetTui.Tui.App;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Tests.Input;
using TelnetTui.Tui.Tests.Support;
using TelnetTui.Tui.Widgets;
using static TelnetTui.Tui.Tests.Support.Keys;

namespace TelnetTui.Tui.Tests.Widgets;

/// <summary>The command palette and the help overlay of key bindings.</summary>
public class PaletteAndHelpTests
{
    private static (Application App, List<string> Ran) Setup()
    {
        var app = new Application(new FakeTerminal(60, 16), null, new FakeClock());
        app.Root = new Label("main");
        var ran = new List<string>();
        app.Commands.Add("connect", "Connect to host", () => ran.Add("connect"), "Session");
        app.Commands.Add("disconnect", "Disconnect", () => ran.Add("disconnect"), "Session");
        app.Commands.Add("capture", "Start capture", () => ran.Add("capture"), "Session");
        app.Commands.Add("help", "Show key bindings", () => ran.Add("help"), "General");
        app.Keys.Bind("Alt+C", "connect");
        app.Keys.Bind("F1", "help");
        app.Keys.Bind("Ctrl+]", "disconnect");
        app.RenderFrame();
        return (app, ran);
    }

    private static void Send(Application app, params Message[] messages)
    {
        foreach (var m in messages)
            app.Post(m);
        app.ProcessPending();
        app.RenderFrame();
    }

    private static string[] Lines(Application app) => Enumerable.Range(0, app.Screen.Height).Select(y => app.Screen.GetLine(y).TrimEnd()).ToArray();

    [Fact]
    public void The_palette_lists_commands_with_their_keys_and_filters_as_you_type()
    {
        var (app, _) = Setup();
        var palette = new CommandPalette(app.Commands, app.Keys);
        app.ShowOverlay(palette);
        app.RenderFrame();
        var lines = Lines(app);
        Assert.Contains(lines, l => l.Contains("Connect to host") && l.Contains("Alt+C"));
        Assert.Contains(lines, l => l.Contains("Disconnect") && l.Contains("Ctrl+]"));
        Send(app, [.. Type("dis")]);
        Assert.Equal(["Disconnect"], palette.Matches.Select(c => c.Title));
        Send(app, [K(Key.Backspace), K(Key.Backspace), K(Key.Backspace), .. Type("c")]);
        Assert.Equal("Connect to host", palette.Matches[0].Title);
    }

    [Fact]
    public void Enter_runs_the_chosen_command_after_closing_and_Esc_just_closes()
    {
        var (app, ran) = Setup();
        var palette = new CommandPalette(app.Commands, app.Keys);
        app.ShowOverlay(palette);
        Send(app, [.. Type("con"), K(Key.Down), K(Key.Enter)]); // "Connect..." starts with it, so comes first
        Assert.Equal(["disconnect"], ran);
        Assert.Empty(app.Overlays);
        app.ShowOverlay(new CommandPalette(app.Commands, app.Keys));
        Send(app, K(Key.Escape));
        Assert.Empty(app.Overlays);
        Assert.Single(ran);
    }

    [Fact]
    public void A_click_outside_the_palette_closes_it()
    {
        var (app, ran) = Setup();
        app.ShowOverlay(new CommandPalette(app.Commands, app.Keys));
        app.RenderFrame();
        Send(app, Click(0, 15));
        Assert.Empty(app.Overlays);
        Assert.Empty(ran);
    }

    [Fact]
    public void Help_lists_every_binding_by_category_as_currently_bound()
    {
        var (app, _) = Setup();
        app.Keys.Apply([new("help", "F1, Alt+H")], app.Commands);
        var help = new HelpOverlay(app.Commands, app.Keys, [new HelpSection("Panes", [("Tab", "Next pane")])]);
        Assert.Equal(
        [
            ("", "Session", true),
            ("Alt+C", "Connect to host", false),
            ("Ctrl+]", "Disconnect", false),
            ("", "General", true),
            ("F1, Alt+H", "Show key bindings", false),
            ("", "Panes", true),
            ("Tab", "Next pane", false),
        ], help.Rows);
        app.ShowOverlay(help);
        app.RenderFrame();
        var lines = Lines(app);
        Assert.Contains(lines, l => l.Contains("F1, Alt+H") && l.Contains("Show key bindings"));
        Assert.DoesNotContain(lines, l => l.Contains("Start capture"));
        Send(app, C('q'));
        Assert.Empty(app.Overlays);
    }
}
