using System.Net;
using System.Net.Sockets;
using System.Text;
using TelnetTui.Core.Book;
using TelnetTui.Core.Sessions;
using TelnetTui.Scripting.Engine;
using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Sessions;

namespace TelnetTui.Scripting.Tests.Sessions;

/// <summary>
/// The engine on a real Core Session over loopback: the session's lines, prompts (IAC GA) and
/// unfinished line reach triggers and waits; send goes out with the host's Enter; session.* and
/// screen.* read the live session; a closed connection fails the waits.
/// </summary>
public sealed class SessionScriptingTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A one-connection server on 127.0.0.1 that plays a login, reading lines as they come.</summary>
    private static async Task<List<string>> ServeAsync(TcpListener listener)
    {
        var received = new List<string>();
        using var client = await listener.AcceptTcpClientAsync(Ct);
        var stream = client.GetStream();
        var reader = new StreamReader(stream, Encoding.ASCII);
        async Task Write(string text, bool goAhead = false)
        {
            var bytes = Encoding.ASCII.GetBytes(text);
            await stream.WriteAsync(goAhead ? [.. bytes, 255, 249] : bytes, Ct);
        }
        async Task<string> Line() => (await reader.ReadLineAsync(Ct))!.TrimEnd('\r');

        await Write("Welcome to the test board\r\nlogin: ");
        received.Add(await Line());
        await Write("Password: ", goAhead: true);
        received.Add(await Line());
        await Write("\x1b[1;32mHP: 42\x1b[0m\r\nbye\r\n");
        return received;
    }

    [Fact]
    public async Task A_script_logs_in_over_a_real_session_and_sees_lines_prompts_and_the_screen()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var server = ServeAsync(listener);
        var output = new List<ScriptOutput>();
        var inbox = Session.CreateInbox();
        await using var session = new Session(new SessionOptions
        {
            Host = new HostEntry { Id = "test-board", Host = "127.0.0.1", Port = port },
            Columns = 90,
            Rows = 20,
            NegotiationQuietPeriod = TimeSpan.FromMilliseconds(50),
        }, inbox.Writer);
        using var engine = new ScriptEngine(new SessionScriptHost(session, TimeProvider.System, output.Add));
        using var scripting = new SessionScripting(session, engine);
        var info = engine.RunString("""
            trigger("^HP: (\\d+)$", function(m) log("hp", m[1]) end)
            wait_for("login:", 20)
            send("ada")
            local i = expect({"Password:"}, 20)
            send("s3cret")
            wait_for("bye", 20)
            log(session.host, session.port, session.id, session.connected, session.cols, session.rows)
            log(screen.row(1), #screen.text() > 0)
            local ok, err = pcall(wait_for, "more", 20)
            log(err)
            """, "login.lua");
        Assert.Equal(ScriptState.Waiting, info.State);
        var finished = false;
        engine.ScriptFinished += _ => finished = true;
        session.Connect();
        var deadline = DateTime.UtcNow + Limit;
        while (!finished && DateTime.UtcNow < deadline)
        {
            using var wait = new CancellationTokenSource(engine.TimeUntilNextDue ?? TimeSpan.FromMilliseconds(200));
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
        listener.Stop();
        Assert.True(finished, "the script did not finish; output: " + string.Join(" | ", output.Select(o => o.Text)));
        Assert.Equal(["ada", "s3cret"], await server.WaitAsync(Limit, Ct));
        Assert.Equal(
            [
                "hp\t42",
                $"127.0.0.1\t{port}\ttest-board\ttrue\t90\t20",
                "Welcome to the test board\ttrue",
            ],
            output.Where(o => o.Kind == ScriptOutputKind.Log).Select(o => o.Text).Take(3));
        Assert.Matches(@"^wait_for: the connection closed \(Connection closed by 127\.0\.0\.1.*\) while waiting for 'more'$", output.Where(o => o.Kind == ScriptOutputKind.Log).Last().Text);
        Assert.DoesNotContain(output, o => o.Kind == ScriptOutputKind.Error);
    }
}
