using System.Text.RegularExpressions;
using TelnetTui.EndToEnd.Tests.App;

namespace TelnetTui.EndToEnd.Tests.Scripting;

/// <summary>
/// Issue 7, gag and highlight on screen: `telnettui --demo` in tmux with a script in scripts/hosts/demo/
/// (loaded on connect for the demo entry). Its trigger gags the MUD's welcome line, another highlights the
/// room name, a third echoes a note; `capture-pane -e` shows the line gone, the room name in the highlight
/// colour and the rest of the screen as the host sent it. The script pane lists the triggers with their hits.
/// </summary>
public sealed partial class ScriptPaneEndToEndTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly AppSandbox _sandbox = new(AppSandbox.PanesClosed.Replace("scripts = { open = false, size = 30 }", "scripts = { open = false, size = 60 }", StringComparison.Ordinal));

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void A_host_script_gags_one_MUD_line_and_highlights_another()
    {
        var scripts = Path.Combine(_sandbox.ConfigFolder, "scripts", "hosts", "demo");
        Directory.CreateDirectory(scripts);
        File.WriteAllText(Path.Combine(scripts, "screen.lua"), """
            trigger("a tiny MUD inside", nil, { gag = true })
            trigger("Lantern Square", nil, { highlight = "#ff00ff" })
            trigger("^Lantern Square", function() echo("[script] you are in the square") end)
            """);
        using var tmux = _sandbox.Start("--demo");
        tmux.WaitForText("Your choice", Wait);
        tmux.Type("m", enter: true);
        var screen = tmux.WaitFor(s => s.Contains("/100hp", StringComparison.Ordinal) && s.Contains("you are in the square", StringComparison.Ordinal), Wait, "the MUD room and the script's echo");
        Assert.DoesNotContain("a tiny MUD inside", screen);
        Assert.Contains("Lantern Square", screen);

        var coloured = tmux.Capture(escapes: true);
        var room = coloured.Split('\n').First(l => l.Contains("Lantern Square", StringComparison.Ordinal));
        // The SGR in force where "Lantern Square" starts sets the highlight's RGB foreground.
        var before = room[..room.IndexOf("Lantern Square", StringComparison.Ordinal)];
        var sgr = Sgr().Matches(before).Last().Value;
        Assert.Contains("38;2;255;0;255", sgr);
        // The room description below keeps the host's own colour (no magenta there).
        var description = coloured.Split('\n').First(l => l.Contains("Cobbles", StringComparison.Ordinal));
        Assert.DoesNotContain("38;2;255;0;255", description);

        // The script pane (Alt+S) lists the triggers with their hits.
        tmux.SendKeys("M-s");
        tmux.SendKeys("C-PageDown");
        var pane = tmux.WaitFor(s => s.Contains("a tiny MUD inside  ×1  hosts/demo/screen.lua:1", StringComparison.Ordinal), Wait, "the Items page");
        Assert.Contains("Lantern Square  ×1  hosts/demo/screen.lua:2", pane);
    }

    [GeneratedRegex(@"\x1b\[[0-9;:]*m")]
    private static partial Regex Sgr();
}
