using TelnetTui.Cli;
using TelnetTui.Core.Book;
using TelnetTui.Core.Capture;
using TelnetTui.Core.Files;
using TelnetTui.Core.Import;
using TelnetTui.Core.Sessions;
using TelnetTui.Dialogs;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Themes;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.App;

/// <summary>The commands of the menu (Ctrl+]) and the client keys, by the action names of [ui.keys].</summary>
public sealed partial class TelnetTuiApp
{
    private string? _themeName;

    private void RegisterCommands()
    {
        var c = Application.Commands;
        bool Connected() => Session?.CanSend == true;

        c.Add(new("connect", "Connect to host:port or a book entry…", AskConnect) { Category = "Session" });
        c.Add(new("disconnect", "Disconnect", () => Session?.Disconnect()) { Category = "Session", IsEnabled = Connected });
        c.Add(new("reconnect", "Reconnect", Reconnect) { Category = "Session", IsEnabled = () => Session is { CanSend: false } });
        c.Add(new("toggle-capture", "Start or stop recording (capture)", ToggleCapture) { Category = "Session", IsEnabled = () => Session is not null });
        c.Add(new("toggle-log", "Start or stop the session log", ToggleLog) { Category = "Session", IsEnabled = () => Session is not null });
        c.Add(new("send-break", "Send BREAK (IAC BRK)", () => Send(TelnetCommand.Brk, "BREAK")) { Category = "Session", IsEnabled = Connected });
        c.Add(new("send-interrupt", "Send Interrupt Process (IAC IP)", () => Send(TelnetCommand.Ip, "IP")) { Category = "Session", IsEnabled = Connected });
        c.Add(new("send-are-you-there", "Send Are You There (IAC AYT)", () => Send(TelnetCommand.Ayt, "AYT")) { Category = "Session", IsEnabled = Connected });

        c.Add(new("toggle-book", "Show or hide the connection book", () => TogglePane(BookPane)) { Category = "Panes" });
        c.Add(new("toggle-inspector", "Show or hide the negotiation inspector", () => TogglePane(InspectorPane)) { Category = "Panes" });
        c.Add(new("toggle-scripts", "Show or hide the script pane", () => TogglePane(ScriptsPane)) { Category = "Panes" });
        c.Add(new("focus-next-pane", "Next pane", FocusNextPane) { Category = "Panes" });
        c.Add(new("focus-terminal", "Back to the terminal", FocusTerminal) { Category = "Panes" });

        c.Add(new("scroll-up", "Scroll back a page", () => Terminal.Screen.ScrollBy(Terminal.Screen.PageSize)) { Category = "Terminal" });
        c.Add(new("scroll-down", "Scroll forward a page", () => Terminal.Screen.ScrollBy(-Terminal.Screen.PageSize)) { Category = "Terminal" });
        c.Add(new("scroll-to-bottom", "Back to the live screen", Terminal.Screen.ScrollToBottom) { Category = "Terminal" });
        c.Add(new("search-scrollback", "Search the scrollback", Terminal.StartSearch) { Category = "Terminal", IsEnabled = () => Session is not null });
        c.Add(new("save-selection", "Save the selected text to a file…", SaveSelection) { Category = "Terminal" });
        c.Add(new("clear-scrollback", "Clear the scrollback", () => Session?.Screen.ClearScrollback()) { Category = "Terminal", IsEnabled = () => Session is not null });

        c.Add(new("add-host", "Add a host to the book…", () => AddHost()) { Category = "Book" });
        c.Add(new("edit-host", "Edit the selected host…", () => { if (Book.SelectedHost is { } h) EditHost(h); }) { Category = "Book", IsEnabled = () => Book.SelectedHost is not null });
        c.Add(new("delete-host", "Delete the selected host…", () => { if (Book.SelectedHost is { } h) DeleteHost(h); }) { Category = "Book", IsEnabled = () => Book.SelectedHost is not null });
        c.Add(new("import-syncterm", "Import a SyncTERM dialing directory…", ImportSyncTerm) { Category = "Book" });

        c.Add(new("help", "Keys (this list)", ShowHelp) { Category = "App" });
        c.Add(new("command-menu", "Command menu", ShowMenu) { Category = "App" });
        c.Add(new("next-theme", "Next theme", NextTheme) { Category = "App" });
        c.Add(new("quit", "Quit", Application.Quit) { Category = "App" });
    }

    private void ShowHelp()
    {
        if (Application.TopOverlay is HelpOverlay help)
        {
            help.Close();
            return;
        }
        Application.ShowOverlay(new HelpOverlay(Application.Commands, Application.Keys, HelpSections.All));
    }

    private void ShowMenu()
    {
        if (Application.TopOverlay is CommandPalette palette)
        {
            palette.Close();
            return;
        }
        Application.ShowOverlay(new CommandPalette(Application.Commands, Application.Keys));
    }

    private void Send(byte command, string name)
    {
        if (Session?.SendCommand(command) == true)
            State.ShowMessage($"sent {name}");
    }

    private void AskConnect() =>
        DialogKit.Ask(Application, "Connect", "Host", "", "Connect", text =>
        {
            if (Panes.Book.BookRow.ParseTyped(text, _config.Book) is { } target)
                ConnectTo(target);
        }, text => Panes.Book.BookRow.ParseTyped(text, _config.Book) is not null ? null : "host, host:port, host PORT, telnet://... or a book id",
        "host:port, telnet:// or telnets:// URL, or the id of a book entry");

    private void Reconnect()
    {
        if (Session is { } s)
        {
            s.Connect();
            FocusTerminal();
        }
    }

    // ---- recording ----

    private void ToggleCapture()
    {
        if (Session is not { } s)
            return;
        if (s.IsCapturing)
        {
            var path = s.CapturePath;
            s.StopCapture();
            State.ShowMessage($"capture saved: {path}");
            return;
        }
        StartCapture(CaptureFiles.CapturePath(_config.Settings.Logging, s.Host.Id, _clock.GetUtcNow(), _config.Environment));
    }

    private void StartCapture(string path)
    {
        if (Session is not { } s)
            return;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            s.StartCapture(path);
            State.ShowMessage($"recording to {path}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            State.ShowMessage($"cannot record to {path}: {e.Message}");
        }
    }

    private void ToggleLog()
    {
        if (Session is not { } s)
            return;
        if (s.IsLogging)
        {
            var path = s.LogPath;
            s.StopLog();
            State.ShowMessage($"log closed: {path}");
            return;
        }
        StartLog(CaptureFiles.LogPath(_config.Settings.Logging, s.Host.Id, _clock.GetUtcNow(), _config.Environment));
    }

    private void StartLog(string path)
    {
        if (Session is not { } s)
            return;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            s.StartLog(path);
            State.ShowMessage($"logging to {path}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            State.ShowMessage($"cannot log to {path}: {e.Message}");
        }
    }

    private void SaveSelection()
    {
        var text = Session is { } s && Terminal.Screen.Selection.IsActive ? Terminal.Screen.Selection.Text(s.Screen) : State.Clipboard.LastCopied;
        if (string.IsNullOrEmpty(text))
        {
            State.ShowMessage("nothing selected: drag over text with the mouse first");
            return;
        }
        var home = AppFolders.Home(_config.Environment);
        DialogKit.Ask(Application, "Save selection", "File", Path.Combine(home, "telnettui-selection.txt"), "Save", path =>
        {
            var full = AppFolders.ExpandHome(path.Trim(), _config.Environment);
            try
            {
                File.WriteAllText(full, text + "\n");
                State.ShowMessage($"saved {text.Length} characters to {full}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                DialogKit.Message(Application, "Not saved", $"{full}: {e.Message}");
            }
        });
    }

    // ---- the book ----

    public HostEditor AddHost(string? host = null, int? port = null) =>
        HostEditor.Open(Application, _config.Book, null, saved => Saved(saved, "added"), host, port);

    public HostEditor EditHost(HostEntry host) =>
        HostEditor.Open(Application, _config.Book, host, saved => Saved(saved, "saved"));

    private void Saved(HostEntry entry, string what)
    {
        Book.Reload();
        Book.SelectHost(entry.Id);
        State.ShowMessage($"{what} {entry.DisplayName} in {Path.GetFileName(_config.Book.FilePath)}");
        if (Side.IsOpen(BookPane))
            FocusPane(BookPane);
    }

    public void DeleteHost(HostEntry host) =>
        DialogKit.Confirm(Application, "Delete host", $"Delete {host.DisplayName} ({Panes.Book.BookRow.Address(host)}) from the book?", "Delete", () =>
        {
            try
            {
                _config.Book.Remove(host.Id);
                Book.Reload();
                State.ShowMessage($"deleted {host.DisplayName}");
            }
            catch (Exception e) when (e is ConfigFileException or IOException or UnauthorizedAccessException)
            {
                DialogKit.Message(Application, "Not deleted", e.Message);
            }
        });

    private void ImportSyncTerm()
    {
        var home = AppFolders.Home(_config.Environment);
        DialogKit.Ask(Application, "Import SyncTERM list", "File", Path.Combine(home, ".syncterm", "syncterm.lst"), "Import", path =>
        {
            var full = AppFolders.ExpandHome(path.Trim(), _config.Environment);
            try
            {
                var summary = _config.Book.Import(SyncTermImporter.Parse(File.ReadAllText(full), Path.GetFileName(full)));
                Book.Reload();
                var lines = new List<string> { $"added {summary.AddedIds.Count} host(s) to {Path.GetFileName(_config.Book.FilePath)}" };
                lines.AddRange(summary.Skipped.Select(s => $"skipped {s.Name} (line {s.Line}): {s.Reason}"));
                lines.AddRange(summary.Notes.Select(n => "note: " + n));
                DialogKit.Message(Application, "SyncTERM import", string.Join("\n", lines.Take(20)));
            }
            catch (Exception e) when (e is ConfigFileException or IOException or UnauthorizedAccessException)
            {
                DialogKit.Message(Application, "Not imported", e.Message);
            }
        });
    }

    // ---- themes ----

    private void NextTheme()
    {
        var names = ThemeLoader.Available(_config.ThemeFolders);
        if (names.Count == 0)
            return;
        var current = names.ToList().IndexOf(_themeName ?? _config.Settings.Ui.Theme);
        var name = names[(current + 1) % names.Count];
        _themeName = name;
        var loaded = ThemeLoader.Load(name, _config.ThemeFolders);
        if (loaded.HasErrors)
        {
            State.ShowMessage($"theme {name}: {loaded.Diagnostics.First(d => d.Severity == Core.Settings.DiagnosticSeverity.Error)}");
            return;
        }
        ApplyTheme(loaded.Theme);
        State.ShowMessage($"theme: {loaded.Theme.Name} (set ui.theme = \"{name}\" to keep it)");
    }

    public void ApplyTheme(AppTheme theme)
    {
        if (_terminal.ColorDepth == Tui.Rendering.ColorDepth.TrueColor)
            theme.ApplyPaletteToStyles();
        State.Theme = theme;
        Application.Theme = theme.Ui;
        Application.Root = Root;
    }
}
