using TelnetTui.Core.Book;
using TelnetTui.Core.Files;
using TelnetTui.Core.Settings;
using TelnetTui.Tui.App;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Dialogs;

/// <summary>
/// The add/edit host dialog: every setting of a book entry on three pages (Connection; Terminal; Login,
/// scripts and options) so each fits a 24-line terminal. Fields are checked as the file would be, page by
/// page; Save writes through the book (only changed fields, comments kept) and reports what the book
/// refuses (a read-only book, an id taken) in a message.
/// </summary>
public sealed class HostEditor
{
    public static readonly string[] Pages = ["Connection", "Terminal", "Login & scripts"];

    private readonly Application _app;
    private readonly ConnectionBook _book;
    private readonly HostDraft _draft;
    private readonly Action<HostEntry> _saved;

    private HostEditor(Application app, ConnectionBook book, HostEntry? entry, Action<HostEntry> saved)
    {
        _app = app;
        _book = book;
        _draft = new HostDraft(entry);
        _saved = saved;
    }

    /// <summary>Opens the dialog on its first page: a new host when <paramref name="entry"/> is null.</summary>
    public static HostEditor Open(Application app, ConnectionBook book, HostEntry? entry, Action<HostEntry> saved, string? initialHost = null, int? initialPort = null)
    {
        var editor = new HostEditor(app, book, entry, saved);
        if (entry is null && initialHost is not null)
        {
            editor._draft.Host = initialHost;
            editor._draft.Port = initialPort;
        }
        editor.ShowPage(0);
        return editor;
    }

    public HostDraft Draft => _draft;

    /// <summary>The dialog showing now.</summary>
    public Dialog? Current { get; private set; }

    private string Title(int page) => (_draft.Original is null ? "Add host" : $"Edit {_draft.Original.Id}") + $" — {Pages[page]} ({page + 1}/{Pages.Length})";

    private void ShowPage(int page)
    {
        var dialog = new Dialog(Title(page)) { Name = "host-dialog" };
        var commit = page switch
        {
            0 => ConnectionPage(dialog.Form),
            1 => TerminalPage(dialog.Form),
            _ => LoginPage(dialog.Form),
        };
        dialog.AddButton("Save", submits: true, isDefault: true, onPress: () =>
        {
            commit();
            _app.Invoke(Save);
        });
        var next = (page + 1) % Pages.Length;
        dialog.AddButton(Pages[next] + " ▸", submits: true, onPress: () =>
        {
            commit();
            _app.Invoke(() => ShowPage(next));
        });
        dialog.AddButton("Cancel", submits: false);
        Current = dialog;
        _app.ShowOverlay(dialog);
    }

    private Action ConnectionPage(Form form)
    {
        var d = _draft;
        var id = form.Add(new TextField("Id", d.Id) { Name = "field-id", Validator = v => v.Length == 0 ? null : HostDraft.CheckId(v) ?? IdTaken(v) });
        var name = form.Add(new TextField("Name", d.Name) { Name = "field-name" });
        var host = form.Add(new TextField("Host", d.Host) { Name = "field-host", Required = true, Validator = HostDraft.CheckHost });
        var port = form.Add(new NumberField("Port", 1, 65535, d.Port) { Name = "field-port" });
        var tls = form.Add(new CheckBox("TLS (telnets)", d.Tls) { Name = "field-tls" });
        var encodings = KnownEncodings.Names.ToList();
        var encoding = form.Add(new ChoiceField("Encoding", encodings, Math.Max(0, encodings.IndexOf(d.Encoding))) { Name = "field-encoding" });
        var mode = form.Add(new ChoiceField("Mode", HostDraft.Modes, Math.Max(0, Array.IndexOf(HostDraft.Modes, d.Mode))) { Name = "field-mode" });
        var tags = form.Add(new TextField("Tags", d.Tags) { Name = "field-tags" });
        var notes = form.Add(new TextField("Notes", d.Notes) { Name = "field-notes" });
        foreach (var field in form.Fields.OfType<TextField>())
            field.Input.Name = field.Name + "-input";
        return () =>
        {
            d.Name = name.Text;
            d.Host = host.Text;
            d.Id = id.Text.Trim().Length > 0 ? id.Text.Trim() : d.Original?.Id ?? _book.NewId(d.Name.Trim().Length > 0 ? d.Name : d.Host);
            d.Port = port.Value;
            d.Tls = tls.Checked;
            d.Encoding = encoding.Selected;
            d.Mode = mode.Selected;
            d.Tags = tags.Text;
            d.Notes = notes.Text;
        };
    }

    private string? IdTaken(string id) =>
        id != _draft.Original?.Id && _book.Find(id) is not null ? $"a host with id '{id}' is already in the book" : null;

    private Action TerminalPage(Form form)
    {
        var d = _draft;
        var fingerprint = form.Add(new TextField("TLS fingerprint", d.TlsFingerprint) { Name = "field-fingerprint", Validator = HostDraft.CheckFingerprint });
        var type = form.Add(new TextField("Terminal type", d.TerminalType) { Name = "field-term", Validator = HostDraft.CheckTerminalType });
        var enter = form.Add(new ChoiceField("Enter sends", HostDraft.EnterKeys, Math.Max(0, Array.IndexOf(HostDraft.EnterKeys, d.EnterKey))) { Name = "field-enter" });
        var keys = form.Add(new ChoiceField("Key map", HostDraft.KeyMaps, Math.Max(0, Array.IndexOf(HostDraft.KeyMaps, d.KeyMap))) { Name = "field-keymap" });
        var ice = form.Add(new CheckBox("iCE colours", d.IceColours) { Name = "field-ice" });
        var naws = form.Add(new TextField("NAWS size", d.NawsSize) { Name = "field-naws", Validator = HostDraft.CheckNawsSize });
        var binary = form.Add(new CheckBox("Force binary", d.ForceBinary) { Name = "field-binary" });
        var reack = form.Add(new CheckBox("Re-acknowledge", d.ReAcknowledge) { Name = "field-reack" });
        return () =>
        {
            d.TlsFingerprint = fingerprint.Text.Trim();
            d.TerminalType = type.Text.Trim();
            d.EnterKey = enter.Selected;
            d.KeyMap = keys.Selected;
            d.IceColours = ice.Checked;
            d.NawsSize = naws.Text.Trim();
            d.ForceBinary = binary.Checked;
            d.ReAcknowledge = reack.Checked;
        };
    }

    private Action LoginPage(Form form)
    {
        var d = _draft;
        var scripts = form.Add(new TextField("Scripts", d.Scripts) { Name = "field-scripts" });
        var user = form.Add(new TextField("Auto-login user", d.LoginUser) { Name = "field-user" });
        var password = form.Add(new TextField("Password from", d.LoginPassword) { Name = "field-password", Validator = HostDraft.CheckPassword });
        var reconnect = form.Add(new CheckBox("Auto-reconnect", d.Reconnect) { Name = "field-reconnect" });
        var delay = form.Add(new NumberField("First delay (s)", 1, AutoReconnect.MaxDelaySeconds, d.ReconnectDelay) { Name = "field-delay", Required = true });
        var maxDelay = form.Add(new NumberField("Longest delay (s)", 1, AutoReconnect.MaxDelaySeconds, d.ReconnectMaxDelay) { Name = "field-max-delay", Required = true });
        var attempts = form.Add(new NumberField("Attempts (0: ∞)", 0, 1000, d.ReconnectAttempts) { Name = "field-attempts", Required = true });
        var options = form.Add(new TextField("Options", d.Options) { Name = "field-options", Validator = HostDraft.CheckOptions });
        maxDelay.Validator = v => int.TryParse(v, out var m) && delay.Value is { } first && m < first ? "must be at least the first delay" : null;
        return () =>
        {
            d.Scripts = scripts.Text;
            d.LoginUser = user.Text;
            d.LoginPassword = password.Text.Trim();
            d.Reconnect = reconnect.Checked;
            d.ReconnectDelay = delay.Value ?? d.ReconnectDelay;
            d.ReconnectMaxDelay = maxDelay.Value ?? d.ReconnectMaxDelay;
            d.ReconnectAttempts = attempts.Value ?? d.ReconnectAttempts;
            d.Options = options.Text;
        };
    }

    private void Save()
    {
        HostEntry entry;
        try
        {
            entry = _draft.ToEntry();
            entry = _draft.Original is { } original ? _book.Update(original.Id, entry) : _book.Add(entry);
        }
        catch (InvalidHostEntryException e)
        {
            DialogKit.Message(_app, "Not saved", string.Join("\n", e.Problems.Select(p => p.ToString())), () => ShowPage(0));
            return;
        }
        catch (Exception e) when (e is ConfigFileException or IOException or UnauthorizedAccessException or InvalidOperationException or KeyNotFoundException)
        {
            DialogKit.Message(_app, "Not saved", e.Message);
            return;
        }
        _saved(entry);
    }
}
