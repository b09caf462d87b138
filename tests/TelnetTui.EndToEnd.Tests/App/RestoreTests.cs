using TelnetTui.EndToEnd.Tests.Infrastructure;
using TelnetTui.EndToEnd.Tests.Tui;

namespace TelnetTui.EndToEnd.Tests.App;

/// <summary>
/// DESIGN.md: the terminal is always restored (cooked mode, main screen, cursor, mouse off) — after quitting
/// with Alt+X and after SIGTERM, with a session open. `stty -a` before and after must be the same.
/// </summary>
public sealed class RestoreTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly AppSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private string File(string name) => Path.Combine(_sandbox.Folder, name);

    private string Wrapped(string arguments) =>
        $"stty -a > {AppBinary.Quote(File("before"))}; echo MARKER-BEFORE-APP; {AppSandbox.Command(arguments)}; " +
        $"echo $? > {AppBinary.Quote(File("status"))}; stty -a > {AppBinary.Quote(File("after"))}";

    private TmuxSession StartDemo()
    {
        var tmux = TmuxSession.Start(Wrapped("--demo"), 100, 30, _sandbox.Environment, _sandbox.Folder);
        tmux.WaitForText("Your choice", Wait);
        Assert.True(PaneProcess.AlternateScreenOn(tmux));
        return tmux;
    }

    private void AssertRestored(TmuxSession tmux)
    {
        Assert.Equal(System.IO.File.ReadAllText(File("before")), System.IO.File.ReadAllText(File("after")));
        Assert.False(PaneProcess.AlternateScreenOn(tmux));
        var screen = tmux.Capture();
        Assert.Contains("MARKER-BEFORE-APP", screen);
        Assert.DoesNotContain("Your choice", screen);
    }

    [Fact]
    public void Quitting_with_Alt_X_restores_the_terminal_and_exits_0()
    {
        using var tmux = StartDemo();
        tmux.SendKeys("M-x");
        tmux.WaitForExit(Wait);
        Assert.Equal("0", System.IO.File.ReadAllText(File("status")).Trim());
        AssertRestored(tmux);
    }

    [Fact]
    public void SIGTERM_restores_the_terminal()
    {
        using var tmux = StartDemo();
        var pid = PaneProcess.AppPid(tmux, Wait);
        PaneProcess.Signal(pid, "TERM");
        tmux.WaitForExit(Wait);
        Assert.NotEqual("0", System.IO.File.ReadAllText(File("status")).Trim());
        AssertRestored(tmux);
    }
}
