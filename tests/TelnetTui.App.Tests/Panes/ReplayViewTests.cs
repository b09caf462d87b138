using TelnetTui.App.Tests.Support;
using TelnetTui.Cli;
using TelnetTui.Core.Book;
using TelnetTui.Core.Replay;
using TelnetTui.Panes.Replay;
using TelnetTui.Themes;
using TelnetTui.Tui.App;
using TelnetTui.Tui.Input;

namespace TelnetTui.App.Tests.Panes;

/// <summary>`telnettui replay FILE` in the TUI: the recorded screen, pause, speed, seek, next prompt, quit.</summary>
public class ReplayViewTests
{
    [Fact]
    public async Task A_recorded_session_plays_back_and_the_keys_control_it()
    {
        string path;
        await using (var h = AppHarness.Create(60, 10))
        {
            h.Connect(new HostEntry { Id = "rec", Host = "mud.example" });
            path = h.Folder.File("rec.ttcap");
            var copy = Path.Combine(Path.GetTempPath(), $"telnettui-replay-{Guid.NewGuid():N}.ttcap");
            h.Session!.StartCapture(copy);
            h.FromHost(Bytes.Of("\"first screen\\r\\n\" \"> \" IAC GA"), () => h.Session.CurrentPrompt is not null);
            h.FromHost("second line\r\n");
            h.Session.StopCapture();
            path = copy;
        }
        try
        {
            var recording = CaptureReader.Load(path);
            var clock = new ManualClock();
            var player = new ReplayPlayer(recording, clock);
            var terminal = new FakeTerminal(60, 10);
            using var app = new Application(terminal, null, clock);
            var view = ReplayTui.Attach(app, player, "rec.ttcap", new AppTheme(), terminal);
            void Key(KeyEvent e)
            {
                app.Post(e);
                app.ProcessPending();
            }
            string Screen()
            {
                app.Invalidate();
                app.RenderFrame();
                return app.Screen.ToString();
            }
            Assert.Contains("replay rec.ttcap", Screen());
            Key(KeyEvent.Char(' '));
            Assert.True(player.IsPaused);
            Assert.Contains("paused", Screen());
            Key(KeyEvent.Char('+'));
            Assert.Equal(2, player.Speed);
            Key(new KeyEvent(TelnetTui.Tui.Input.Key.End));
            Assert.True(player.AtEnd);
            Assert.Contains("second line", Screen());
            Key(new KeyEvent(TelnetTui.Tui.Input.Key.Home));
            Assert.DoesNotContain("second line", Screen());
            Key(KeyEvent.Char('n'));
            Assert.Contains("first screen", Screen());
            Assert.DoesNotContain("second line", Screen());
            Assert.Same(player, view.Player);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class ManualClock : TimeProvider
    {
        public override long GetTimestamp() => 0;
    }
}
