using TelnetTui.App.Tests.Support;
using TelnetTui.Core.Book;
using TelnetTui.Core.Sessions;
using TelnetTui.Tui.Input;

namespace TelnetTui.App.Tests.App;

/// <summary>The status line (host, state, mode, encoding, NAWS size, TLS, MCCP, recording), and how sessions start and end.</summary>
public class StatusAndSessionTests
{
    [Fact]
    public async Task The_status_line_names_host_state_mode_encoding_size_and_security()
    {
        await using var h = AppHarness.Create(120, 20);
        Assert.StartsWith(" not connected", h.Lines()[^1]);
        h.Connect(new HostEntry { Id = "b", Name = "Board", Host = "bbs.example", Encoding = "cp437" });
        h.FromHost("hello\r\n");
        Assert.StartsWith(" Board │ online │ line │ cp437 │ 119x18 │ plain", h.Lines()[^1]);
        h.Key(KeyEvent.Char('c', KeyModifiers.Alt)); // start recording
        Assert.Contains("recording to ", h.Lines()[^1]);
        Assert.True(h.Session!.IsCapturing);
        Assert.StartsWith(h.Folder.File("data/telnettui/captures/b-"), h.Session.CapturePath);
        h.Key(KeyEvent.Char('c', KeyModifiers.Alt));
        Assert.Contains("capture saved", h.Lines()[^1]);
        h.Host.Close();
        h.Pump(() => h.Session.State == SessionState.Closed, "the close");
        Assert.Contains("closed: ", h.Lines()[^1]);
    }

    [Fact]
    public async Task Reconnecting_to_a_host_that_refuses_says_so()
    {
        var launch = new LaunchRequest { Target = new ResolvedHost(new HostEntry { Id = "x:23", Host = "x" }, null, false) };
        await using var h = AppHarness.Create(launch: launch, config: AppHarness.PanesClosed);
        // the harness connected at once; this host refuses the reconnect too
        h.Host.Refuse = true;
        h.Session!.Disconnect();
        h.Key(KeyEvent.Char('r', KeyModifiers.Alt));
        h.Pump(() => h.Session.State == SessionState.Closed && h.Session.CloseReason?.Kind == CloseKind.Refused, "the refusal");
        Assert.Contains("refused", h.Text());
    }

    [Fact]
    public async Task Quitting_ends_the_loop_and_a_session_that_never_connected_is_a_failure()
    {
        var folder = new TempFolder();
        try
        {
            var host = new ScriptedHost { Refuse = true };
            var launch = new LaunchRequest { Target = new ResolvedHost(new HostEntry { Id = "x:23", Host = "x" }, null, false) };
            folder.Write("config/telnettui/config.toml", AppHarness.PanesClosed);
            folder.Write("config/telnettui/book.toml", "");
            var config = Startup.Load(new TelnetTui.Cli.SessionOverrides { ConfigFile = folder.File("config/telnettui/config.toml") }, new StringWriter(), folder.Environment)!;
            var app = new TelnetTuiApp(new FakeTerminal(), config, launch, host, clipboard: new ListClipboard());
            app.Start();
            var sw = System.Diagnostics.Stopwatch.StartNew();
            while (app.Session?.State != SessionState.Closed && sw.Elapsed < AppHarness.Wait)
            {
                app.Application.ProcessPending();
                Thread.Sleep(2);
            }
            Assert.Equal(TelnetTui.Cli.ExitCodes.Failure, app.ExitCode);
            app.Application.Post(new KeyEvent(Key.Char, KeyModifiers.Alt, new System.Text.Rune('x')));
            app.Application.ProcessPending();
            await app.DisposeAsync();
        }
        finally
        {
            folder.Dispose();
        }
    }
}
