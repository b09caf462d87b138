using System.Text;
using System.Text.RegularExpressions;
using TelnetTui.Tui.Platform;

namespace TelnetTui.Tui.Tests.Platform;

/// <summary>What the tty driver switches on, that it switches all of it off, and that it refuses a non-terminal.</summary>
public class TerminalTests
{
    [Fact]
    public void Leaving_turns_off_every_mode_entering_turned_on()
    {
        var options = new TerminalOptions { MouseAnyMotion = true, KittyKeyboard = true };
        var enter = Encoding.ASCII.GetString(TerminalModes.Enter(options));
        var leave = Encoding.ASCII.GetString(TerminalModes.Leave(options));
        var set = Regex.Matches(enter, @"\e\[\?(\d+)h").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["1049", "1000", "1002", "1003", "1006", "2004", "1004"], set);
        foreach (var mode in set)
            Assert.Contains($"\e[?{mode}l", leave);
        Assert.Contains("\e[>1u", enter);
        Assert.Contains("\e[<u", leave);
        Assert.Contains("\e[?2026$p", enter);
        // the cursor comes back, in its default shape, and the main screen is restored last
        Assert.Contains("\e[?25h", leave);
        Assert.Contains("\e[0 q", leave);
        Assert.EndsWith("\e[?1049l", leave);
    }

    [Fact]
    public void Options_leave_out_what_is_not_wanted()
    {
        var options = new TerminalOptions { Mouse = false, BracketedPaste = false, FocusEvents = false, QuerySynchronizedOutput = false, AlternateScreen = false };
        Assert.Equal("", Encoding.ASCII.GetString(TerminalModes.Enter(options)));
        Assert.DoesNotContain("1049", Encoding.ASCII.GetString(TerminalModes.Leave(options)));
    }

    [Fact]
    public void Opening_without_a_terminal_fails_cleanly()
    {
        // The test host's standard input and output are pipes, not a terminal.
        var e = Assert.Throws<TerminalUnavailableException>(() => PosixTerminal.Open());
        Assert.Contains("not a terminal", e.Message);
    }
}
