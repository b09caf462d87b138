using TelnetTui.Tui;
using TelnetTui.Tui.App;
using TelnetTui.Tui.Platform;
using TelnetTui.Tui.Rendering;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Gallery;

/// <summary>
/// Every widget of the toolkit on one screen (`telnettui ui-demo`), for trying it by hand and for the
/// end-to-end tests in tmux: focus moves with Tab, F2 opens a form dialog, Ctrl+P the palette, F1 the
/// help, Ctrl+C quits. The status bar names the focused widget and the terminal size.
/// </summary>
internal sealed class GalleryApp
{
    private readonly Application _app;
    private readonly ListView<string> _hosts;
    private readonly List<string> _hostNames = ["bbs.example.org:23", "mud.example.net:4000", "retro.example.com:2323", "dune.example.org:6789", "vt100.example.net:23"];
    private readonly LogView _log = new() { Name = "log" };
    private readonly RingBuffer<(string Dir, string Command, string Option)> _negotiation = new(1000);
    private readonly SplitPane _split;
    private readonly StatusBar _status = new() { Name = "status" };
    private readonly TextInput _input;
    private readonly ITerminal _terminal;
    private int _logCounter;

    public GalleryApp(ITerminal terminal)
    {
        _terminal = terminal;
        _app = new Application(terminal);
        _hosts = new ListView<string>(h => h) { Name = "hosts", Items = _hostNames };
        _hosts.Activated += host => _log.Append($"connect to {host} (the gallery only pretends)");

        var table = new TableView<(string Dir, string Command, string Option)>(_negotiation) { Name = "table" };
        table.Columns.Add(new TableColumn<(string Dir, string Command, string Option)>("Dir", Constraint.Length(4), r => r.Dir));
        table.Columns.Add(new TableColumn<(string Dir, string Command, string Option)>("Command", Constraint.Length(8), r => r.Command));
        table.Columns.Add(new TableColumn<(string Dir, string Command, string Option)>("Option", Constraint.Fill(), r => r.Option));
        foreach (var (dir, command, option) in new[] { ("<-", "DO", "TTYPE"), ("->", "WILL", "TTYPE"), ("<-", "DO", "NAWS"), ("->", "WILL", "NAWS"), ("<-", "WILL", "ECHO"), ("<-", "WILL", "SGA") })
            _negotiation.Add((dir, command, option));

        var tree = new TreeView<string> { Name = "tree" };
        var bbs = tree.Add("BBS", "BBS");
        bbs.Add("bbs", "bbs.example.org");
        bbs.Add("retro", "retro.example.com");
        var mud = tree.Add("MUD", "MUD");
        mud.Add("mud", "mud.example.net");
        mud.Add("dune", "dune.example.org");
        bbs.Expanded = true;

        var editor = new TextEditor { Name = "editor", ShowLineNumbers = true, AcceptsTab = false };
        editor.Text = "-- a Lua script\nprint(\"hello\")\n";

        var tabs = new TabView { Name = "tabs" }
            .Add("Log", _log)
            .Add("Table", table)
            .Add("Tree", tree)
            .Add("Editor", editor);
        _split = new SplitPane(Direction.Horizontal, new Panel("Hosts", _hosts), new Panel("Views", tabs), 0.3) { Name = "split" };

        _input = new TextInput { Name = "input", Prompt = "> ", Placeholder = "type and press Enter", History = new InputHistory() };
        _input.Submitted += line => _log.Append("you typed: " + line);

        _app.Root = new GalleryRoot(_split, _input, _status);
        _app.BeforeRender += UpdateStatus;
        _log.Append("TelnetTui widget gallery. Tab moves focus, F2 opens a dialog, Ctrl+P the palette, F1 help, Ctrl+C quits.");
        RegisterCommands();
    }

    private void RegisterCommands()
    {
        var commands = _app.Commands;
        commands.Add("help", "Show key bindings", ToggleHelp, "Gallery");
        commands.Add("dialog", "Add a host (form dialog)", ShowDialog, "Gallery");
        commands.Add("palette", "Command palette", () => _app.ShowOverlay(new CommandPalette(_app.Commands, _app.Keys)), "Gallery");
        commands.Add("side-pane", "Show or hide the side pane", () => _split.SecondVisible = !_split.SecondVisible, "Panes");
        commands.Add("divider-left", "Move the divider left", () => _split.MoveDivider(-2), "Panes");
        commands.Add("divider-right", "Move the divider right", () => _split.MoveDivider(2), "Panes");
        commands.Add("log-burst", "Add 100 lines to the log", AddLogBurst, "Gallery");
        commands.Add("suspend", "Suspend (like Ctrl+Z in a shell)", _app.Suspend, "Gallery");
        commands.Add("quit", "Quit", _app.Quit, "Gallery");
        // For the end-to-end test that the terminal is restored when a thread dies of an unhandled exception.
        commands.Add("crash", "Crash on a background thread (tests terminal restore)", Crash, "Gallery");
        _app.Keys.Bind("F1", "help", BindingScope.Always);
        _app.Keys.Bind("F2", "dialog");
        _app.Keys.Bind("Ctrl+P", "palette");
        _app.Keys.Bind("F3", "side-pane");
        _app.Keys.Bind("Alt+Left", "divider-left");
        _app.Keys.Bind("Alt+Right", "divider-right");
        _app.Keys.Bind("F4", "log-burst");
        _app.Keys.Bind("Ctrl+Z", "suspend");
        _app.Keys.Bind("Ctrl+C", "quit", BindingScope.Always);
        _app.Keys.Bind("Ctrl+Q", "quit", BindingScope.Always);
    }

    private static readonly HelpSection WidgetKeys = new("Widgets",
    [
        ("Tab / Shift+Tab", "Next / previous widget"),
        ("Ctrl+PgUp / Ctrl+PgDn", "Previous / next tab"),
        ("type letters", "Filter the host list"),
        ("Space, /, n, N, End", "Log: pause, search, next, previous, follow"),
        ("Up / Down", "Input: history"),
    ]);

    private void ToggleHelp()
    {
        if (_app.TopOverlay is HelpOverlay open)
        {
            open.Close();
            return;
        }
        _app.ShowOverlay(new HelpOverlay(_app.Commands, _app.Keys, [WidgetKeys]));
    }

    private void ShowDialog()
    {
        var dialog = new Dialog("Add host", "A new entry for the connection book.");
        var name = dialog.Form.Add(new TextField("Name") { Required = true });
        name.Input.Name = "field-name";
        var port = dialog.Form.Add(new NumberField("Port", 1, 65535, 23) { Required = true });
        port.Input.Name = "field-port";
        var tls = dialog.Form.Add(new CheckBox("TLS") { Name = "field-tls" });
        var kind = dialog.Form.Add(new ChoiceField("Kind", ["BBS", "MUD", "Other"]) { Name = "field-kind" });
        var password = dialog.Form.Add(new TextField("Password"));
        password.Input.Masked = true;
        password.Input.Name = "field-password";
        dialog.WithOkCancel("Add", "Cancel");
        dialog.Submitted += () =>
        {
            var entry = $"{name.Text}:{port.Value}";
            _hostNames.Add(entry);
            _hosts.Items = _hostNames;
            _log.Append($"added {entry} ({kind.Selected}{(tls.Checked ? ", TLS" : "")})");
        };
        dialog.Cancelled += () => _log.Append("dialog cancelled");
        _app.ShowOverlay(dialog);
    }

    private static void Crash() =>
        new Thread(() => throw new InvalidOperationException("crash requested from the gallery")) { IsBackground = true }.Start();

    private void AddLogBurst()
    {
        for (var i = 0; i < 100; i++)
            _log.Append($"log line {++_logCounter}");
    }

    private void UpdateStatus()
    {
        var focused = _app.Focus.Focused?.Name ?? "none";
        var colors = _terminal.ColorDepth switch
        {
            ColorDepth.TrueColor => "truecolor",
            ColorDepth.Ansi256 => "256 colours",
            ColorDepth.Ansi16 => "16 colours",
            _ => "no colour",
        };
        _status.SetLeft($"focus: {focused}", $"{_terminal.Columns}x{_terminal.Rows}", colors);
        _status.Right.Clear();
        _status.AddHint("F1", "Help");
        _status.AddHint("F2", "Dialog");
        _status.AddHint("^P", "Palette");
        _status.AddHint("^C", "Quit");
    }

    public void Run() => _app.Run();

    public void Dispose() => _app.Dispose();
}
