using System.IO.Compression;
using System.Text;
using TelnetTui.Core.Sessions;
using TelnetTui.Core.Tests.Support;
using static TelnetTui.Core.Tests.Support.TelnetBytes;

namespace TelnetTui.Core.Tests.Sessions;

/// <summary>
/// Issue 8 (zlib bomb): a 16 KiB read of an MCCP2 stream can inflate to megabytes. The session works
/// through such a read over several owner turns (at most <see cref="Session.MaxDataBytesPerMessage"/> of
/// data per message), keeps every byte in order, and reports the host's close only after the last of it.
/// </summary>
public sealed class CompressedReceiveTests
{
    private const byte Mccp2 = 86;

    // Repeats every 50 lines (inside deflate's 32 KiB window), so 1 MB compresses into one read.
    private static string Line(int i) => $"line {i % 50:D2} of a long stream";

    [Fact]
    public async Task A_read_that_inflates_to_megabytes_is_shown_over_several_turns_in_order_and_the_close_comes_last()
    {
        const int lineCount = 40_000; // about 1 MB inflated, from about 6 KB
        var text = new StringBuilder();
        for (var i = 0; i < lineCount; i++)
            text.Append(Line(i)).Append("\r\n");
        var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            z.Write(Encoding.ASCII.GetBytes(text.ToString()));
        Assert.True(compressed.Length < SessionReader.ReadBufferSize, "the whole stream fits one read");

        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(SessionHarness.Options(connector: connector));
        await h.ConnectAsync();
        var host = connector.Last;
        host.Send(Cmd(Will, Mccp2));
        await h.PumpUntilAsync(() => h.Session.Engine!.IsEnabled(Telnet.Negotiation.TelnetSide.Remote, Mccp2), "MCCP2 to be agreed");

        host.Send(Bytes(Iac, Sb, Mccp2, Iac, Se, compressed.ToArray(), "after the stream\r\n"));
        host.End();
        var turns = 0;
        var linesAfterFirstTurn = -1;
        await h.PumpUntilAsync(() =>
        {
            if (h.Lines.Count > 0 && linesAfterFirstTurn < 0)
                linesAfterFirstTurn = h.Lines.Count;
            turns++;
            return h.Session.State == SessionState.Closed;
        }, "the host's close");

        Assert.InRange(linesAfterFirstTurn, 1, lineCount - 1); // the first turn did not take the whole read
        Assert.Equal(lineCount + 1, h.Lines.Count);
        for (var i = 0; i < lineCount; i++)
            Assert.Equal(Line(i), h.Lines[i].Text);
        Assert.Equal("after the stream", h.Lines[^1].Text); // plain telnet right after the stream's end
        Assert.Equal(CloseKind.ClosedByHost, h.Session.CloseReason!.Kind);
    }
}
