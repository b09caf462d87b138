using TelnetTui.EndToEnd.Tests.Infrastructure;

namespace TelnetTui.EndToEnd.Tests.App;

/// <summary>
/// Issue 6, "How it is checked": `telnettui --demo` in a real terminal (tmux 120x40) — the BBS menu renders
/// with the right CP437 glyphs, and the MUD's prompt (ending in IAC GA/EOR) is marked.
/// </summary>
public sealed class DemoAppTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly AppSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void The_BBS_art_and_menu_render_with_the_CP437_glyphs()
    {
        using var tmux = _sandbox.Start("--demo");
        tmux.WaitForText("Your choice", Wait);
        tmux.Type("b", enter: true);
        var screen = tmux.WaitFor(s => s.Contains("press any key", StringComparison.Ordinal), Wait, "the BBS welcome");
        // box drawing, blocks and the card suits / smileys that are control codes in CP437
        foreach (var glyph in new[] { "╔═", "═╗", "║", "██", "▀▀", "▓", "░", "♥", "♦", "☼", "⌂" })
            Assert.Contains(glyph, screen);
        Assert.Contains("│ char │", screen);
        tmux.SendKeys("x");
        screen = tmux.WaitFor(s => s.Contains("M A I N   M E N U", StringComparison.Ordinal), Wait, "the BBS menu");
        Assert.Contains("Goodbye", screen);
        Assert.Contains("Bulletins", screen);
    }

    [Fact]
    public void The_MUD_prompt_is_marked_in_the_gutter_and_shown_beside_the_input_line()
    {
        using var tmux = _sandbox.Start("--demo");
        tmux.WaitForText("Your choice", Wait);
        tmux.Type("m", enter: true);
        var screen = tmux.WaitFor(s => s.Contains("hp ", StringComparison.Ordinal) && s.Contains('▸'), Wait, "the MUD prompt");
        var lines = screen.TrimEnd('\n').Split('\n');
        var marked = lines.Where(l => l.StartsWith('▸')).ToList();
        Assert.Contains(marked, l => l.Contains("/100hp", StringComparison.Ordinal));
        // not marked: the room description above it
        Assert.DoesNotContain(marked, l => l.Contains("Lantern Square", StringComparison.Ordinal));
        var input = lines[^2];
        Assert.StartsWith("<100/100hp", input);
        Assert.Contains("line │", lines[^1]);
    }
}
