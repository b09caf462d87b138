using TelnetTui.Core.Book;
using TelnetTui.Core.Sessions;
using TelnetTui.Core.Tests.Support;
using TelnetTui.Terminal.Model;

namespace TelnetTui.Core.Tests.Lines;

/// <summary>
/// Session.LineFilter: in line mode each complete line is decided on before it is drawn — gagged lines
/// never reach the screen, highlights colour only their span — however the line was cut into reads; the
/// unfinished line waits at most the hold and is then drawn unfiltered. Vectors in Data/LineFilter.
/// </summary>
public sealed class LineFilterTests
{
    public static TheoryData<string> Vectors() => [.. LineFilterVector.All().Select(v => v.Name)];

    private static LineFilterVector Vector(string name) => LineFilterVector.All().Single(v => v.Name == name);

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task Each_vector_whole_and_split_in_two_at_every_position(string name)
    {
        var vector = Vector(name);
        var bytes = System.Text.Encoding.Latin1.GetBytes(vector.Input);
        for (var split = 0; split <= bytes.Length; split++)
        {
            var why = $"{name}, split at {split}";
            await RunAsync(vector, split == 0 || split == bytes.Length ? [bytes] : [bytes[..split], bytes[split..]], screen =>
            {
                for (var row = 0; row < screen.Rows; row++)
                    Assert.True((row < vector.Rows.Count ? vector.Rows[row] : "") == screen.GetLineText(row).TrimEnd(), $"{why}: row {row} is '{screen.GetLineText(row).TrimEnd()}'");
                foreach (var (row, column, colour) in vector.Foregrounds)
                    Assert.True(colour == screen.GetCell(row, column).Foreground, $"{why}: row {row} column {column} is {screen.GetCell(row, column).Foreground}, not {colour}");
            });
        }
    }

    private static async Task RunAsync(LineFilterVector vector, byte[][] reads, Action<Screen> check)
    {
        var clock = new FakeClock();
        var connector = new FakeConnector().Succeed();
        var options = SessionHarness.Options(SessionHarness.Host() with { Mode = HostMode.Mud }, connector, clock);
        await using var h = new SessionHarness(options);
        h.Session.LineFilter = vector;
        await h.ConnectAsync();
        var total = 0L;
        foreach (var read in reads)
        {
            total += read.Length;
            connector.Last.Send(read);
            await h.PumpUntilAsync(() => h.Session.BytesReceived == total, "the read");
        }
        clock.Advance(options.PartialLineHold);
        await h.PumpUntilAsync(() => h.Session.HeldChars == 0, "the unfinished line to be drawn after the hold");
        check(h.Session.Screen);
    }

    [Fact]
    public async Task The_unfinished_line_is_held_until_the_hold_passes_then_drawn()
    {
        var clock = new FakeClock();
        var connector = new FakeConnector().Succeed();
        var options = SessionHarness.Options(SessionHarness.Host() with { Mode = HostMode.Mud }, connector, clock);
        await using var h = new SessionHarness(options);
        h.Session.LineFilter = Vector("gag.filter");
        await h.ConnectAsync();
        connector.Last.Send("Name: "u8.ToArray());
        await h.PumpUntilAsync(() => h.Session.BytesReceived == 6, "the read");
        Assert.Equal("", h.Session.Screen.GetLineText(0).TrimEnd());
        Assert.Equal(6, h.Session.HeldChars);
        clock.Advance(options.PartialLineHold - TimeSpan.FromMilliseconds(1));
        await h.PumpForAsync(TimeSpan.FromMilliseconds(30));
        Assert.Equal(6, h.Session.HeldChars);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await h.PumpUntilAsync(() => h.Session.Screen.GetLineText(0).TrimEnd() == "Name:", "the prompt on screen");
    }

    [Fact]
    public async Task Local_text_draws_what_is_held_first_so_the_order_on_screen_stays()
    {
        var connector = new FakeConnector().Succeed();
        var options = SessionHarness.Options(SessionHarness.Host() with { Mode = HostMode.Mud }, connector);
        await using var h = new SessionHarness(options);
        h.Session.LineFilter = Vector("gag.filter");
        await h.ConnectAsync();
        connector.Last.Send("Name: "u8.ToArray());
        await h.PumpUntilAsync(() => h.Session.BytesReceived == 6, "the read");
        h.Session.Echo("local");
        Assert.Equal("Name:", h.Session.Screen.GetLineText(0).TrimEnd());
        Assert.Equal("local", h.Session.Screen.GetLineText(1).TrimEnd());
    }

    [Fact]
    public async Task In_character_mode_nothing_is_held()
    {
        var connector = new FakeConnector().Succeed();
        var options = SessionHarness.Options(SessionHarness.Host() with { Mode = HostMode.Bbs }, connector);
        await using var h = new SessionHarness(options);
        h.Session.LineFilter = Vector("gag.filter");
        await h.ConnectAsync();
        connector.Last.Send("[OOC] shown\r\nName: "u8.ToArray());
        await h.PumpUntilAsync(() => h.Session.BytesReceived == 19, "the read");
        Assert.False(h.Session.IsFilteringLines);
        Assert.Equal(0, h.Session.HeldChars);
        Assert.Equal("[OOC] shown", h.Session.Screen.GetLineText(0).TrimEnd());
        Assert.Equal("Name:", h.Session.Screen.GetLineText(1).TrimEnd());
    }
}
