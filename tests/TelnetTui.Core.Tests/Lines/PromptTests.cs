using TelnetTui.Core.Capture;
using TelnetTui.Core.Sessions;
using TelnetTui.Core.Tests.Support;
using TelnetTui.Telnet.Engine;
using TelnetTui.Terminal.Model;
using static TelnetTui.Core.Tests.Support.TelnetBytes;

namespace TelnetTui.Core.Tests.Lines;

/// <summary>
/// Prompts (text ending in IAC GA, RFC 854, or IAC EOR, RFC 885) through a whole session: one event
/// however the reads split it, marked on the screen, the current prompt for the input line, never
/// repeated in the next line; and line events assembled across reads.
/// </summary>
public sealed class PromptTests
{
    private static readonly byte[] Stream = Bytes("Line one\r\n\e[1mHP:10\e[0m> ", Iac, Ga, "You see a rat.\r\nA", "nd a cat.\r\n", "Mana: 5> ", Iac, Eor);

    private static async Task<SessionHarness> FeedAsync(IEnumerable<byte[]> reads)
    {
        var connector = new FakeConnector().Succeed();
        var h = new SessionHarness(new SessionOptions { Host = SessionHarness.Host(), Connector = connector, Clock = new FakeClock() });
        await h.ConnectAsync();
        var total = 0;
        foreach (var read in reads)
        {
            connector.Last.Send(read);
            total += read.Length;
        }
        await h.PumpUntilAsync(() => h.Session.BytesReceived >= total, "all reads");
        return h;
    }

    private static void Check(SessionHarness h, string how)
    {
        Assert.True(h.Prompts.Select(p => (p.Text, p.Mark)).SequenceEqual([("HP:10> ", PromptMark.GoAhead), ("Mana: 5> ", PromptMark.EndOfRecord)]),
            $"{how}: prompts [{string.Join(" | ", h.Prompts.Select(p => p.Text))}]");
        Assert.True(h.Lines.Select(l => l.Text).SequenceEqual(["Line one", "You see a rat.", "And a cat."]),
            $"{how}: lines [{string.Join(" | ", h.Lines.Select(l => l.Text))}]");
        Assert.Equal("Mana: 5> ", h.Session.CurrentPrompt!.Text);
        Assert.Equal("\e[1mHP:10\e[0m> ", h.Prompts[0].Raw);
        var screen = h.Session.Screen;
        Assert.Equal(RowFlags.PromptMark, screen.GetLineFlags(1) & RowFlags.PromptMark); // "HP:10> You see a rat."
        Assert.Equal(RowFlags.None, screen.GetLineFlags(2) & RowFlags.PromptMark);
        Assert.Equal(RowFlags.PromptMark, screen.GetLineFlags(3) & RowFlags.PromptMark);
        Assert.Equal("", h.Session.PendingLineText);
    }

    [Fact]
    public async Task One_read()
    {
        await using var h = await FeedAsync([Stream]);
        Check(h, "whole");
    }

    [Fact]
    public async Task Split_in_two_at_every_byte()
    {
        for (var i = 1; i < Stream.Length; i++)
        {
            await using var h = await FeedAsync([Stream[..i], Stream[i..]]);
            Check(h, $"split at {i}");
        }
    }

    [Fact]
    public async Task One_byte_per_read()
    {
        await using var h = await FeedAsync(Stream.Select(b => new[] { b }));
        Check(h, "byte by byte");
    }

    [Fact]
    public async Task A_go_ahead_after_a_line_end_is_no_prompt()
    {
        await using var h = await FeedAsync([Bytes("Done.\r\n", Iac, Ga, "Next\r\n")]);
        Assert.Empty(h.Prompts);
        Assert.Equal(["Done.", "Next"], h.Lines.Select(l => l.Text));
        Assert.Null(h.Session.CurrentPrompt);
    }

    [Fact]
    public async Task Prompts_reach_the_log_and_the_capture()
    {
        using var folder = new TempFolder();
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(new SessionOptions { Host = SessionHarness.Host(), Connector = connector, Clock = new FakeClock() });
        await h.ConnectAsync();
        h.Session.StartLog(folder.File("p.log"));
        h.Session.StartCapture(folder.File("p.ttcap"));
        connector.Last.Send(Stream);
        await h.PumpUntilAsync(() => h.Prompts.Count == 2, "both prompts");
        h.Session.StopLog();
        h.Session.StopCapture();
        var log = File.ReadAllLines(folder.File("p.log"));
        Assert.Equal(["< Line one", "% HP:10> ", "< You see a rat.", "< And a cat.", "% Mana: 5> "], log.Where(l => l[25] != '*').Select(l => l[25..]));
        using var reader = TelnetTui.Core.Replay.CaptureReader.Open(folder.File("p.ttcap"));
        var prompts = new List<byte>();
        while (reader.TryRead(out var r))
        {
            if (r.Kind == CaptureRecordKind.Prompt)
                prompts.Add(r.Payload.Span[0]);
        }
        Assert.Equal([Ga, Eor], prompts);
    }
}
