using System.Text.Json;
using TelnetTui.Core.Book;
using TelnetTui.Core.Replay;
using TelnetTui.Core.Sessions;
using TelnetTui.Core.Tests.Support;
using TelnetTui.Terminal;
using static TelnetTui.Core.Tests.Support.TelnetBytes;

namespace TelnetTui.Core.Tests.Replay;

/// <summary>A capture replays to the screen the live session ended on; the player seeks, pauses and speeds up on a fake clock; asciicast export is valid.</summary>
public sealed class ReplayTests
{
    private static async Task<(Session Live, string Capture, SessionHarness H)> RecordAsync(TempFolder folder, HostEntry host, Func<SessionHarness, FakeTransport, FakeClock, Task> script, bool captureFromStart = true)
    {
        var clock = new FakeClock();
        var connector = new FakeConnector().Succeed();
        var h = new SessionHarness(new SessionOptions { Host = host, Connector = connector, Clock = clock, Columns = 60, Rows = 12 });
        var path = folder.File("live.ttcap");
        if (captureFromStart)
            h.Session.StartCapture(path);
        await h.ConnectAsync();
        await script(h, connector.Last, clock);
        if (!captureFromStart)
            Assert.Fail("the script must start the capture itself");
        h.Session.StopCapture();
        return (h.Session, path, h);
    }

    private static async Task Deliver(SessionHarness h, FakeTransport host, FakeClock clock, params object[] parts)
    {
        var bytes = Bytes(parts);
        var before = h.Session.BytesReceived;
        host.Send(bytes);
        await h.PumpUntilAsync(() => h.Session.BytesReceived >= before + bytes.Length, "the host's output");
        clock.Advance(TimeSpan.FromMilliseconds(250));
    }

    private static async Task MudScript(SessionHarness h, FakeTransport host, FakeClock clock)
    {
        await Deliver(h, host, clock, "\e[1;32mWelcome\e[0m to the \e[4mtest\e[0m MUD\r\n", "\e[33m<100hp>\e[0m ", Iac, Ga);
        h.Session.SendLine("look");
        await Deliver(h, host, clock, "You are in a room.\r\n\e[36mExits: north\e[0m\r\n");
        h.Session.Resize(50, 10);
        for (var i = 0; i < 15; i++)
            await Deliver(h, host, clock, $"line {i} \e[3{i % 8}mcolour\e[0m äöü ✓\r\n");
        await Deliver(h, host, clock, "\e[5;10H\e[41mboxed\e[0m\e[12;1H> ", Iac, Eor);
        host.End();
        await h.PumpUntilAsync(() => h.Session.State == SessionState.Closed, "the close notice");
    }

    [Fact]
    public async Task Replaying_a_capture_ends_on_the_live_screen()
    {
        using var folder = new TempFolder();
        var (live, path, h) = await RecordAsync(folder, SessionHarness.Host(), MudScript);
        await using (h)
        {
            var recording = CaptureReader.Load(path);
            Assert.False(recording.Truncated);
            var player = new ReplayPlayer(recording, new FakeClock());
            player.SeekToEnd();
            ScreenAssert.Equal(live.Screen, player.Terminal.Screen);
            Assert.Contains("look", ScreenAssert.Text(live.Screen) + string.Join("", Enumerable.Range(1, live.Screen.ScrollbackCount).Select(i => live.Screen.GetLineText(-i))), StringComparison.Ordinal);

            using var reader = CaptureReader.Open(path);
            var text = new StringWriter();
            ReplayRenderer.Render(reader, new ReplayRenderRequest(), text);
            Assert.Equal(ScreenAssert.Text(live.Screen) + "\n", string.Join("\n", text.ToString().Split('\n').Select(l => l.TrimEnd())));
        }
    }

    [Fact]
    public async Task A_bbs_capture_in_cp437_replays_with_its_glyphs_and_colours()
    {
        using var folder = new TempFolder();
        var host = SessionHarness.Host() with { Encoding = "cp437", Mode = HostMode.Bbs, IceColours = true };
        var (live, path, h) = await RecordAsync(folder, host, async (h, t, c) =>
        {
            await Deliver(h, t, c, new byte[] { 0x1B, (byte)'[', (byte)'2', (byte)'J', 0xC9, 0xCD, 0xCD, 0xBB, 0x01, 0x02, 0x03, 0x1B, (byte)'[', (byte)'5', (byte)';', (byte)'4', (byte)'4', (byte)'m', 0xB0, 0xB1, 0xB2, 0xDB });
            await Deliver(h, t, c, new string('x', 70), "\e[s\e[3;3Hsaved\e[u!");
        });
        await using (h)
        {
            Assert.Equal("╔══╗☺☻♥░▒▓█", live.Screen.GetLineText(0).TrimEnd()[..11]);
            var player = new ReplayPlayer(CaptureReader.Load(path), new FakeClock());
            player.SeekToEnd();
            ScreenAssert.Equal(live.Screen, player.Terminal.Screen);
        }
    }

    [Fact]
    public async Task A_capture_started_mid_session_starts_from_the_screen_as_it_was()
    {
        using var folder = new TempFolder();
        var clock = new FakeClock();
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(new SessionOptions { Host = SessionHarness.Host(), Connector = connector, Clock = clock, Columns = 40, Rows = 8 });
        await h.ConnectAsync();
        await Deliver(h, connector.Last, clock, "\e[2J\e[1;1H\e[1;31mbefore\e[0m\r\n\e[7minverse\e[0m\r\n\e[38;5;200mpink\e[0m");
        var path = folder.File("mid.ttcap");
        h.Session.StartCapture(path);
        await Deliver(h, connector.Last, clock, " after\r\n\e[42mgreen\e[0m");
        h.Session.StopCapture();
        var player = new ReplayPlayer(CaptureReader.Load(path), clock);
        player.SeekToEnd();
        ScreenAssert.Equal(h.Session.Screen, player.Terminal.Screen, includeScrollback: false);
    }

    [Fact]
    public async Task The_player_follows_the_clock_pauses_speeds_up_and_seeks_back()
    {
        using var folder = new TempFolder();
        var (live, path, h) = await RecordAsync(folder, SessionHarness.Host(), async (h, t, c) =>
        {
            await Deliver(h, t, c, "first\r\n");   // t = 0 (then +250 ms)
            c.Advance(TimeSpan.FromSeconds(10));
            await Deliver(h, t, c, "second\r\n");  // t = 10.25 s
            c.Advance(TimeSpan.FromSeconds(10));
            await Deliver(h, t, c, "third> ", Iac, Ga);  // t = 20.5 s
        });
        await using (h)
        {
            var clock = new FakeClock();
            var player = new ReplayPlayer(CaptureReader.Load(path), clock);
            Assert.Equal(TimeSpan.FromSeconds(20.5), player.Duration);
            player.Tick();
            Assert.Equal("first", player.Terminal.Screen.GetLineText(0));
            Assert.Equal("", player.Terminal.Screen.GetLineText(1));

            clock.Advance(TimeSpan.FromSeconds(10));
            player.Tick();
            Assert.Equal("", player.Terminal.Screen.GetLineText(1));
            clock.Advance(TimeSpan.FromSeconds(0.5));
            player.Tick();
            Assert.Equal("second", player.Terminal.Screen.GetLineText(1));

            player.Pause();
            clock.Advance(TimeSpan.FromMinutes(5));
            player.Tick();
            Assert.Equal(TimeSpan.FromSeconds(10.5), player.Position);

            player.Play();
            player.Speed = 100;
            clock.Advance(TimeSpan.FromSeconds(0.1));
            player.Tick();
            Assert.True(player.AtEnd);
            Assert.Equal("third>", player.Terminal.Screen.GetLineText(2).TrimEnd());
            Assert.Equal(player.Duration, player.Position);

            player.Seek(TimeSpan.FromSeconds(5));
            Assert.Equal("first", player.Terminal.Screen.GetLineText(0));
            Assert.Equal("", player.Terminal.Screen.GetLineText(1));
            Assert.True(player.JumpToNextPrompt());
            Assert.Equal("third>", player.Terminal.Screen.GetLineText(2).TrimEnd());
            Assert.False(player.JumpToNextPrompt());
            player.Speed = 10_000;
            Assert.Equal(ReplayPlayer.MaxSpeed, player.Speed);
        }
    }

    [Fact]
    public async Task Asciicast_export_is_valid_and_draws_the_same_screen()
    {
        using var folder = new TempFolder();
        var (live, path, h) = await RecordAsync(folder, SessionHarness.Host(), async (hh, t, c) =>
        {
            await Deliver(hh, t, c, "\e[1;32mHello\e[0m \"quoted\" \\ tab\there ✓\r\n", "prompt> ", Iac, Ga);
            hh.Session.SendLine("look");
            await Deliver(hh, t, c, "\e[2;5Hmoved\e[0K\r\n");
        });
        await using (h)
        {
            using var reader = CaptureReader.Open(path);
            var output = new StringWriter();
            var events = AsciicastExporter.Export(reader, output);
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(events + 1, lines.Length);

            using var header = JsonDocument.Parse(lines[0]);
            Assert.Equal(2, header.RootElement.GetProperty("version").GetInt32());
            Assert.Equal(60, header.RootElement.GetProperty("width").GetInt32());
            Assert.Equal(12, header.RootElement.GetProperty("height").GetInt32());
            Assert.Equal(new DateTimeOffset(2025, 1, 2, 20, 15, 0, TimeSpan.Zero).ToUnixTimeSeconds(), header.RootElement.GetProperty("timestamp").GetInt64());
            Assert.Equal("xterm-256color", header.RootElement.GetProperty("env").GetProperty("TERM").GetString());

            var terminal = new VirtualTerminal(new TerminalOptions { Columns = 60, Rows = 12 });
            var last = 0.0;
            var codes = new List<string>();
            foreach (var line in lines.Skip(1))
            {
                using var e = JsonDocument.Parse(line);
                var array = e.RootElement;
                Assert.Equal(JsonValueKind.Array, array.ValueKind);
                Assert.Equal(3, array.GetArrayLength());
                var time = array[0].GetDouble();
                Assert.True(time >= last, $"times must not go back: {line}");
                last = time;
                var code = array[1].GetString()!;
                codes.Add(code);
                if (code == "o")
                    terminal.Feed(array[2].GetString().AsSpan());
            }
            Assert.Contains("m", codes); // the prompt marker
            Assert.Equal(ScreenAssert.Text(live.Screen), ScreenAssert.Text(terminal.Screen));
        }
    }
}
