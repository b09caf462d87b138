using TelnetTui.Core.Sessions;
using TelnetTui.Core.Tests.Support;
using static TelnetTui.Core.Tests.Support.TelnetBytes;

namespace TelnetTui.Core.Tests.Sessions;

/// <summary>Data safety and encodings through a session: logs and captures reach the disk within a second; CHARSET switches the encoding.</summary>
public sealed class SessionDataTests
{
    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }

    [Fact]
    public async Task Log_and_capture_are_flushed_within_a_second_even_when_the_host_goes_quiet()
    {
        using var folder = new TempFolder();
        var clock = new FakeClock();
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(SessionHarness.Options(connector: connector, clock: clock));
        await h.ConnectAsync();
        h.Session.StartLog(folder.File("s.log"));
        h.Session.StartCapture(folder.File("s.ttcap"));
        clock.Advance(TimeSpan.FromMilliseconds(100));
        connector.Last.Send("the last words\r\n");
        await h.PumpUntilAsync(() => h.Lines.Count == 1, "the line");
        Assert.DoesNotContain("the last words", ReadShared(folder.File("s.log")), StringComparison.Ordinal);
        Assert.DoesNotContain("the last words", ReadShared(folder.File("s.ttcap")), StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromSeconds(1));
        await h.PumpUntilAsync(() => ReadShared(folder.File("s.log")).Contains("the last words", StringComparison.Ordinal), "the log on disk");
        await h.PumpUntilAsync(() => ReadShared(folder.File("s.ttcap")).Contains("the last words", StringComparison.Ordinal), "the capture on disk");
    }

    [Fact]
    public async Task A_line_right_after_a_flush_is_on_disk_at_the_next_tick_when_recording_started_between_ticks()
    {
        // Issue 8 (found by the chaos kill -9 test): recording turned on mid-session flushes out of step
        // with the once-a-second tick; a tick must flush whatever is pending, not only a second after the
        // last flush, or a line can wait two seconds for the disk.
        using var folder = new TempFolder();
        var clock = new FakeClock();
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(SessionHarness.Options(connector: connector, clock: clock));
        await h.ConnectAsync(); // ticks at 1 s, 2 s, 3 s...
        clock.Advance(TimeSpan.FromMilliseconds(500));
        h.Session.StartLog(folder.File("s.log"));
        h.Session.StartCapture(folder.File("s.ttcap"));
        clock.Advance(TimeSpan.FromMilliseconds(1000)); // 1.5 s: a second since recording started
        connector.Last.Send("first\r\n");
        await h.PumpUntilAsync(() => h.Lines.Count == 1, "the first line"); // flushed with it
        clock.Advance(TimeSpan.FromMilliseconds(100));
        connector.Last.Send("second\r\n");
        await h.PumpUntilAsync(() => h.Lines.Count == 2, "the second line");

        clock.Advance(TimeSpan.FromMilliseconds(500)); // 2.1 s: the tick at 2 s has run
        await h.PumpUntilAsync(() => ReadShared(folder.File("s.log")).Contains("second", StringComparison.Ordinal), "the log on disk");
        await h.PumpUntilAsync(() => ReadShared(folder.File("s.ttcap")).Contains("second", StringComparison.Ordinal), "the capture on disk");
    }

    [Fact]
    public async Task Charset_negotiation_switches_what_we_read_and_type()
    {
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(SessionHarness.Options(connector: connector));
        var changes = new List<string>();
        h.Session.EncodingChanged += e => changes.Add(e.Name);
        await h.ConnectAsync();
        // RFC 2066: DO CHARSET, then SB CHARSET REQUEST ";" list.
        connector.Last.Send(Bytes(Cmd(Do, Charset), Iac, Sb, Charset, 1, ";ISO-8859-1;KOI8-R", Iac, Se));
        await h.PumpUntilAsync(() => changes.Count == 1, "the encoding change");
        Assert.Equal("iso-8859-1", h.Session.Encoding.Name);
        connector.Last.Send([0xE4, 13, 10]);
        await h.PumpUntilAsync(() => h.Lines.Count == 1, "a latin1 line");
        Assert.Equal("ä", h.Lines[0].Text);
        connector.Last.ClearWritten();
        h.Session.SendText("ä");
        await h.PumpUntilAsync(() => connector.Last.Written.Length > 0, "the typed byte");
        Assert.Equal([0xE4], connector.Last.Written);
    }

    [Fact]
    public async Task A_failure_while_handling_host_data_ends_the_session_not_the_program()
    {
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(SessionHarness.Options(connector: connector));
        h.Session.LineReceived += _ => throw new InvalidOperationException("a listener broke");
        await h.ConnectAsync();
        connector.Last.Send("boom\r\n");
        await h.PumpUntilAsync(() => h.Session.State == SessionState.Closed, "the close");
        Assert.Equal(CloseKind.ClientError, h.Session.CloseReason!.Kind);
        Assert.Contains("a listener broke", h.Session.CloseReason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_event_sees_the_screen_with_its_line_drawn_and_nothing_after_it()
    {
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(SessionHarness.Options(connector: connector));
        var seen = new List<(string Line, int CursorRow, string RowAbove)>();
        h.Session.LineReceived += l => seen.Add((l.Text, h.Session.Screen.Cursor.Row, h.Session.Screen.GetLineText(h.Session.Screen.Cursor.Row - 1)));
        await h.ConnectAsync();
        connector.Last.Send("one\r\ntwo\r\nthree\r\n");
        await h.PumpUntilAsync(() => seen.Count == 3, "three lines");
        Assert.Equal([("one", 1, "one"), ("two", 2, "two"), ("three", 3, "three")], seen);
    }

    [Fact]
    public async Task Echo_shows_local_text_on_its_own_line_and_sends_nothing()
    {
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(SessionHarness.Options(connector: connector));
        await h.ConnectAsync();
        connector.Last.Send("partial");
        await h.PumpUntilAsync(() => h.Session.Screen.GetLineText(0).StartsWith("partial", StringComparison.Ordinal), "the text");
        h.Session.Echo("[script] hello\e[31m", sgr: "92");
        Assert.Equal("[script] hello\uFFFD[31m", h.Session.Screen.GetLineText(1).TrimEnd());
        Assert.Equal(TelnetTui.Terminal.Model.Color.Indexed(10), h.Session.Screen.GetCell(1, 0).Foreground);
        await h.PumpForAsync(TimeSpan.FromMilliseconds(30));
        Assert.Empty(connector.Last.Written);
    }
}
