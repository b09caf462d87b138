using System.Diagnostics;
using TelnetTui.Cli;
using TelnetTui.Core.Book;
using TelnetTui.Core.Sessions;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Rendering;

namespace TelnetTui.App.Tests.Support;

/// <summary>
/// The whole app on an in-memory terminal, with a scripted host instead of the network and its config in
/// a temp folder. The test thread is the UI thread: <see cref="Pump"/> runs the loop's turns until a
/// condition holds, <see cref="Frame"/> draws a frame and returns what the user would see.
/// </summary>
public sealed class AppHarness : IAsyncDisposable
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    /// <summary>Settings for tests: the side panes closed, so the terminal has the whole width.</summary>
    public const string PanesClosed = "[ui.panes]\nbook = { open = false, size = 30 }\ninspector = { open = false, size = 40 }\nscripts = { open = false, size = 30 }\n";

    private AppHarness(TempFolder folder, FakeTerminal terminal, ScriptedHost host, ListClipboard clipboard, TelnetTuiApp app)
    {
        Folder = folder;
        Terminal = terminal;
        Host = host;
        Clipboard = clipboard;
        App = app;
    }

    public TempFolder Folder { get; }
    public FakeTerminal Terminal { get; }
    public ScriptedHost Host { get; }
    public ListClipboard Clipboard { get; }
    public TelnetTuiApp App { get; }
    public Session? Session => App.Session;
    public string ConfigPath => Folder.File("config/telnettui/config.toml");
    public string BookPath => Folder.File("config/telnettui/book.toml");

    public static AppHarness Create(int columns = 100, int rows = 30, string config = PanesClosed, string book = "",
        LaunchRequest? launch = null, ColorDepth depth = ColorDepth.TrueColor)
    {
        var folder = new TempFolder();
        folder.Write("config/telnettui/config.toml", config);
        folder.Write("config/telnettui/book.toml", book);
        var error = new StringWriter();
        var loaded = Startup.Load(new SessionOverrides { ConfigFile = folder.File("config/telnettui/config.toml") }, error, folder.Environment)
            ?? throw new InvalidOperationException("the test config did not load: " + error);
        var terminal = new FakeTerminal(columns, rows, depth);
        var host = new ScriptedHost();
        var clipboard = new ListClipboard();
        var app = new TelnetTuiApp(terminal, loaded, launch, host, clipboard: clipboard);
        var harness = new AppHarness(folder, terminal, host, clipboard, app);
        app.Start();
        harness.Frame();
        return harness;
    }

    /// <summary>Runs loop turns until <paramref name="until"/> holds; fails with the screen after <see cref="Wait"/>.</summary>
    public void Pump(Func<bool> until, string what, TimeSpan? timeout = null)
    {
        var sw = Stopwatch.StartNew();
        while (true)
        {
            App.Application.ProcessPending();
            if (until())
                return;
            if (sw.Elapsed > (timeout ?? Wait))
                Assert.Fail($"waited {(timeout ?? Wait).TotalSeconds:0.#}s for {what}; screen:\n{Frame()}");
            Thread.Sleep(2);
        }
    }

    /// <summary>Lets messages in flight arrive: turns until nothing came for a little while.</summary>
    public void Settle(int quietMilliseconds = 60)
    {
        var quiet = Stopwatch.StartNew();
        var total = Stopwatch.StartNew();
        while (quiet.ElapsedMilliseconds < quietMilliseconds && total.Elapsed < Wait)
        {
            if (App.Application.ProcessPending())
                quiet.Restart();
            Thread.Sleep(2);
        }
    }

    /// <summary>Draws a frame and returns it (what the terminal shows now).</summary>
    public Buffer Frame()
    {
        App.Application.Invalidate();
        App.Application.RenderFrame();
        return App.Application.Screen;
    }

    public string[] Lines()
    {
        var frame = Frame();
        return Enumerable.Range(0, frame.Height).Select(frame.GetLine).ToArray();
    }

    public string Text() => Frame().ToString();

    public void Key(KeyEvent key)
    {
        App.Application.Post(key);
        App.Application.ProcessPending();
    }

    public void Key(Key key, KeyModifiers modifiers = KeyModifiers.None) => Key(new KeyEvent(key, modifiers));

    public void Type(string text)
    {
        foreach (var c in text)
            Key(KeyEvent.Char(c));
    }

    public void Mouse(MouseEvent e)
    {
        App.Application.Post(e);
        App.Application.ProcessPending();
    }

    /// <summary>Connects to a scripted host and waits until the connection is up.</summary>
    public Session Connect(HostEntry? entry = null)
    {
        var session = App.Connect(entry ?? new HostEntry { Id = "test", Name = "Test host", Host = "mud.example", Port = 4000 });
        Pump(() => session.State is SessionState.Negotiating or SessionState.Online, "the connection");
        Frame(); // lays the panes out: the session learns the pane's size
        return session;
    }

    /// <summary>Sends bytes from the host and waits until the session has taken them in.</summary>
    public void FromHost(byte[] bytes, Func<bool>? until = null)
    {
        var version = Session!.Screen.Version;
        var records = Session.NegotiationLog.TotalRecorded;
        Host.Send(bytes);
        Pump(until ?? (() => Session.Screen.Version != version || Session.NegotiationLog.TotalRecorded != records), "the host's bytes to arrive");
        Settle(20);
    }

    public void FromHost(string text, Func<bool>? until = null) => FromHost(System.Text.Encoding.UTF8.GetBytes(text), until);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Folder.Dispose();
    }
}
