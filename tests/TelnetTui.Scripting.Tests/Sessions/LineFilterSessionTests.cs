using System.Net;
using System.Net.Sockets;
using System.Text;
using TelnetTui.Core.Book;
using TelnetTui.Core.Sessions;
using TelnetTui.Scripting.Engine;
using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Sessions;
using TelnetTui.Terminal.Model;

namespace TelnetTui.Scripting.Tests.Sessions;

/// <summary>
/// gag and highlight on screen: a real Session over loopback with the scripting engine as its line
/// filter. A gagged line never reaches the emulator, even when it arrives in two reads; a highlight
/// colours the matched text and the host's colours continue after it; an unfinished line (a prompt
/// without GA) is drawn after the hold delay rather than waiting for a line end.
/// </summary>
public sealed class LineFilterSessionTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task ServeAsync(TcpListener listener, TaskCompletionSource done)
    {
        using var client = await listener.AcceptTcpClientAsync(Ct);
        client.NoDelay = true;
        var stream = client.GetStream();
        async Task Write(string text, int pauseMs = 0)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(text), Ct);
            await stream.FlushAsync(Ct);
            if (pauseMs > 0)
                await Task.Delay(pauseMs, Ct);
        }
        await Write("Welcome\r\n", 50);
        // The gagged line comes in two reads, well within the hold delay of each other.
        await Write("[OO", 40);
        await Write("C] Bob: secret\r\n", 20);
        await Write("\x1b[32mAda tells you 'hello'\x1b[0m and more\r\n");
        await Write("after\r\n");
        await Write("Your choice: ");
        await done.Task.WaitAsync(Limit, Ct);
    }

    [Fact]
    public async Task A_gagged_line_is_not_drawn_and_a_highlight_colours_only_its_match()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var done = new TaskCompletionSource();
        var server = ServeAsync(listener, done);
        var output = new List<ScriptOutput>();
        var inbox = Session.CreateInbox();
        await using var session = new Session(new SessionOptions
        {
            Host = new HostEntry { Id = "filter", Host = "127.0.0.1", Port = port, Mode = HostMode.Mud },
            Columns = 60,
            Rows = 10,
            NegotiationQuietPeriod = TimeSpan.FromMilliseconds(50),
            PartialLineHold = TimeSpan.FromMilliseconds(500),
        }, inbox.Writer);
        using var engine = new ScriptEngine(new SessionScriptHost(session, TimeProvider.System, output.Add));
        using var scripting = new SessionScripting(session, engine, filterLines: true);
        engine.RunString("""
            trigger("^\\[OOC\\]", function() log("gagged") end, { gag = true })
            trigger("tells you", nil, { highlight = "bright-yellow" })
            """, "filters.lua");
        session.Connect();
        var deadline = DateTime.UtcNow + Limit;
        while (!session.Screen.GetLineText(3).StartsWith("Your choice:", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
            try
            {
                await inbox.Reader.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
            }
            SessionPump.Drain(inbox.Reader);
            scripting.AfterInput();
            engine.Tick();
        }
        done.TrySetResult();
        listener.Stop();
        await server.WaitAsync(Limit, Ct);

        var rows = Enumerable.Range(0, 4).Select(r => session.Screen.GetLineText(r).TrimEnd()).ToList();
        Assert.Equal(["Welcome", "Ada tells you 'hello' and more", "after", "Your choice:"], rows);
        Assert.Contains(output, o => o.Text == "gagged"); // the trigger fired, only its line was hidden
        Assert.DoesNotContain(output, o => o.Kind == ScriptOutputKind.Error);

        // "Ada" keeps the host's green, "tells you" is bright yellow (SGR 93 = index 11), the host's
        // green continues up to its SGR 0, and " and more" has the default colour.
        Color Fg(int column) => session.Screen.GetCell(1, column).Foreground;
        Assert.Equal(Color.Indexed(2), Fg(0));
        for (var c = 4; c < 13; c++)
            Assert.Equal(Color.Indexed(11), Fg(c));
        Assert.Equal(Color.Indexed(2), Fg(14));
        Assert.Equal(Color.Indexed(2), Fg(20));
        Assert.True(Fg(23).IsDefault);
    }
}
