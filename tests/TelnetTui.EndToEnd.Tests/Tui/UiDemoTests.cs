using TelnetTui.EndToEnd.Tests.Infrastructure;
using TelnetTui.Testing;

namespace TelnetTui.EndToEnd.Tests.Tui;

/// <summary>
/// Issue 5, "How it is checked": the widget gallery (`telnettui ui-demo`) run in a real terminal (tmux):
/// keys move focus, a dialog opens and closes, a resize re-lays the screen out, and Ctrl+C, SIGTERM and
/// Ctrl+Z give the terminal back exactly as it was (stty -a equal, alternate screen left).
/// </summary>
public sealed class UiDemoTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly string _dir = Directory.CreateTempSubdirectory("telnettui-ui-demo-").FullName;

    private string File(string name) => Path.Combine(_dir, name);

    /// <summary>A shell line that records the terminal settings before and after, and the app's exit status.</summary>
    private string Wrapped() =>
        $"stty -a > {AppBinary.Quote(File("before"))}; echo MARKER-BEFORE-APP; {AppBinary.Command("ui-demo")}; " +
        $"echo $? > {AppBinary.Quote(File("status"))}; stty -a > {AppBinary.Quote(File("after"))}";

    private static string StatusLine(string screen) => screen.Split('\n').Where(l => l.Contains("focus:")).LastOrDefault() ?? "";

    private static string WaitForFocus(TmuxSession tmux, string name) =>
        tmux.WaitFor(s => StatusLine(s).Contains($"focus: {name} "), Timeout, $"focus on {name}");

    [Fact]
    public void Tab_and_Shift_Tab_move_focus_and_a_click_focuses()
    {
        using var tmux = TmuxSession.Start(AppBinary.Command("ui-demo"), 100, 30);
        WaitForFocus(tmux, "hosts");
        tmux.SendKeys("Tab");
        WaitForFocus(tmux, "log");
        tmux.SendKeys("Tab");
        WaitForFocus(tmux, "input");
        tmux.SendKeys("Tab");
        WaitForFocus(tmux, "hosts");
        tmux.SendKeys("BTab");
        WaitForFocus(tmux, "input");
        // an SGR mouse press (xterm ctlseqs, mode 1006) on the log area, as the terminal would send it
        SendBytes(tmux, "\e[<0;60;10M\e[<0;60;10m");
        WaitForFocus(tmux, "log");
    }

    [Fact]
    public void F2_opens_a_dialog_that_validates_and_Esc_closes_it()
    {
        using var tmux = TmuxSession.Start(AppBinary.Command("ui-demo"), 100, 30);
        WaitForFocus(tmux, "hosts");
        tmux.SendKeys("F2");
        tmux.WaitForText("Add host");
        WaitForFocus(tmux, "field-name");
        tmux.SendKeys("Enter");
        tmux.WaitForText("Name is required");
        tmux.Type("newhost.example");
        tmux.WaitFor(s => !s.Contains("Name is required"), Timeout, "the message to go once the name is typed");
        tmux.SendKeys("Escape");
        tmux.WaitFor(s => !s.Contains("Add host"), Timeout, "the dialog to close");
        WaitForFocus(tmux, "hosts");
        Assert.Contains("dialog cancelled", tmux.Capture());
        Assert.DoesNotContain("newhost.example", tmux.Capture());
        tmux.SendKeys("F2");
        tmux.WaitForText("Add host");
        tmux.Type("newhost.example", enter: true);
        tmux.WaitForText("added newhost.example:23");
        Assert.Contains("│newhost.example:23", tmux.Capture());
    }

    [Fact]
    public void A_resize_lays_the_screen_out_again()
    {
        using var tmux = TmuxSession.Start(AppBinary.Command("ui-demo"), 120, 40);
        var screen = WaitForFocus(tmux, "hosts");
        Assert.Contains("120x40", StatusLine(screen));
        var top = screen.Split('\n')[0];
        Assert.Equal(120, top.Length);
        Assert.EndsWith("┐", top);
        tmux.Resize(80, 24);
        screen = tmux.WaitFor(s => StatusLine(s).Contains("80x24"), Timeout, "the status bar to show 80x24");
        var lines = screen.Split('\n');
        Assert.Equal(80, lines[0].TrimEnd().Length);
        Assert.EndsWith("┐", lines[0].TrimEnd());
        Assert.StartsWith("└", lines[21]);
        Assert.StartsWith(">", lines[22]);
        // the divider keeps its fraction: the hosts pane is 30% of the width either way
        var expected = top.IndexOf("││", StringComparison.Ordinal) * 80 / 120;
        Assert.InRange(lines[0].IndexOf("││", StringComparison.Ordinal), expected - 1, expected + 1);
    }

    [Fact]
    public void Ctrl_C_quits_and_leaves_the_terminal_as_it_was()
    {
        using var tmux = TmuxSession.Start(Wrapped(), 100, 30);
        WaitForFocus(tmux, "hosts");
        Assert.True(PaneProcess.AlternateScreenOn(tmux));
        tmux.SendKeys("C-c");
        Assert.Equal(0, tmux.WaitForExit(Timeout));
        Assert.Equal("0", System.IO.File.ReadAllText(File("status")).Trim());
        Assert.Equal(System.IO.File.ReadAllText(File("before")), System.IO.File.ReadAllText(File("after")));
        Assert.False(PaneProcess.AlternateScreenOn(tmux));
        var screen = tmux.Capture();
        Assert.Contains("MARKER-BEFORE-APP", screen);
        Assert.DoesNotContain("focus:", screen);
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("HUP")]
    [InlineData("INT")]
    [InlineData("QUIT")]
    public void A_terminating_signal_leaves_the_terminal_as_it_was(string signal)
    {
        using var tmux = TmuxSession.Start(Wrapped(), 100, 30);
        WaitForFocus(tmux, "hosts");
        var pid = PaneProcess.AppPid(tmux, Timeout);
        PaneProcess.Signal(pid, signal);
        tmux.WaitForExit(Timeout);
        Assert.NotEqual("0", System.IO.File.ReadAllText(File("status")).Trim());
        Assert.Equal(System.IO.File.ReadAllText(File("before")), System.IO.File.ReadAllText(File("after")));
        Assert.False(PaneProcess.AlternateScreenOn(tmux));
        Assert.Contains("MARKER-BEFORE-APP", tmux.Capture());
    }

    [Fact]
    public void An_unhandled_exception_leaves_the_terminal_as_it_was()
    {
        using var tmux = TmuxSession.Start(Wrapped(), 100, 30);
        WaitForFocus(tmux, "hosts");
        tmux.SendKeys("C-p");
        tmux.WaitForText("Commands");
        tmux.Type("crash", enter: true);
        tmux.WaitForExit(Timeout);
        Assert.NotEqual("0", System.IO.File.ReadAllText(File("status")).Trim());
        Assert.Equal(System.IO.File.ReadAllText(File("before")), System.IO.File.ReadAllText(File("after")));
        Assert.False(PaneProcess.AlternateScreenOn(tmux));
        Assert.Contains("crash requested from the gallery", tmux.Capture());
    }

    [Fact]
    public void Ctrl_Z_suspends_with_the_terminal_restored_and_fg_resumes()
    {
        // job control needs an interactive shell
        using var tmux = TmuxSession.Start("bash --norc --noprofile -i", 100, 30);
        tmux.WaitFor(s => s.TrimEnd().EndsWith('$') || s.TrimEnd().EndsWith('#'), Timeout, "a shell prompt");
        tmux.Type($"stty -a > {AppBinary.Quote(File("before"))}; {AppBinary.Command("ui-demo")}", enter: true);
        WaitForFocus(tmux, "hosts");
        tmux.SendKeys("C-z");
        tmux.WaitForText("Stopped");
        Assert.False(PaneProcess.AlternateScreenOn(tmux));
        tmux.Type($"stty -a > {AppBinary.Quote(File("suspended"))}", enter: true);
        tmux.WaitFor(_ => System.IO.File.Exists(File("suspended")) && new FileInfo(File("suspended")).Length > 0, Timeout, "stty while suspended");
        Thread.Sleep(200);
        Assert.Equal(System.IO.File.ReadAllText(File("before")), System.IO.File.ReadAllText(File("suspended")));
        tmux.Type("fg", enter: true);
        WaitForFocus(tmux, "hosts");
        Assert.True(PaneProcess.AlternateScreenOn(tmux));
        tmux.SendKeys("Tab");
        WaitForFocus(tmux, "log");
        tmux.SendKeys("C-c");
        tmux.WaitFor(s => !s.Contains("focus:"), Timeout, "the app to quit");
        tmux.Type($"stty -a > {AppBinary.Quote(File("after"))}; exit", enter: true);
        tmux.WaitForExit(Timeout);
        Assert.Equal(System.IO.File.ReadAllText(File("before")), System.IO.File.ReadAllText(File("after")));
    }

    [Fact]
    public void Without_a_terminal_it_exits_2_with_a_clear_message()
    {
        var (code, stdout, stderr) = RequiredTool.Run("dotnet", [AppBinary.Dll, "ui-demo"], Timeout, stdin: "");
        Assert.Equal(2, code);
        Assert.Contains("standard input is not a terminal", stderr);
        Assert.DoesNotContain("\e[", stdout);

        using var tmux = TmuxSession.Start($"{AppBinary.Command("ui-demo")} | cat", 100, 30);
        Assert.Equal(0, tmux.WaitForExit(Timeout)); // cat's status; the message is on the screen
        tmux.WaitForText("standard output is not a terminal");
        Assert.False(PaneProcess.AlternateScreenOn(tmux));
    }

    [Fact]
    public void An_idle_screen_costs_no_CPU_and_writes_nothing()
    {
        using var tmux = TmuxSession.Start(AppBinary.Command("ui-demo"), 100, 30);
        WaitForFocus(tmux, "hosts");
        var pid = PaneProcess.AppPid(tmux, Timeout);
        Thread.Sleep(3000); // let start-up work (JIT, tiering) finish
        var cpu = PaneProcess.CpuTicks(pid);
        var written = PaneProcess.BytesWritten(pid);
        Thread.Sleep(3000);
        var used = PaneProcess.CpuTicks(pid) - cpu;
        Assert.Equal(written, PaneProcess.BytesWritten(pid));
        // clock ticks are 10 ms; a loop that polled would use hundreds in 3 s
        Assert.True(used <= 10, $"{used} ticks of CPU in 3 s of idle");
    }

    private static void SendBytes(TmuxSession tmux, string text)
    {
        var hex = text.Select(c => ((int)c).ToString("x2")).ToArray();
        var program = RequiredTool.Require("tmux", "tmux");
        var (code, _, stderr) = RequiredTool.Run(program, ["-L", tmux.Socket, "send-keys", "-t", "main", "-H", .. hex], TimeSpan.FromSeconds(10));
        Assert.True(code == 0, stderr);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
