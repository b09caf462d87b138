using System.Globalization;
using TelnetTui.App;
using TelnetTui.Core.Book;
using TelnetTui.Core.Sessions;
using TelnetTui.Tui;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Text;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Panes.Book;

/// <summary>
/// The connection book: saved hosts with type-to-filter (name, address, #tags), the selected host's details
/// (address, encoding, mode, tags, last connected, times connected, notes) and the book's problems. Enter
/// connects; typing an address offers "connect to host:port" (a quick connect); Insert adds, F2 edits,
/// Delete deletes (the app opens the dialogs).
/// </summary>
public sealed class BookPane : Widget
{
    /// <summary>Rows of details under the list (when the pane is tall enough).</summary>
    public const int DetailRows = 5;

    private readonly AppState _state;
    private ConnectionBook _book;
    private string _lastFilter = "";
    private int _lastCount = -1;

    public BookPane(AppState state, ConnectionBook book)
    {
        _state = state;
        _book = book;
        Name = "book";
        List = Adopt(new ListView<BookRow>(r => r.Text) { Name = "hosts" });
        List.Activated += Activate;
        // The quick-connect row follows what is typed at once, before the list refreshes (Enter may come next).
        List.Filter.Changed += _ => Rebuild();
        Reload();
    }

    public ListView<BookRow> List { get; }

    public ConnectionBook Book => _book;

    public HostEntry? SelectedHost => List.SelectedItem?.Host;

    public event Action<HostEntry>? ConnectRequested;
    public event Action<ResolvedHost>? QuickConnectRequested;
    public event Action? AddRequested;
    public event Action<HostEntry>? EditRequested;
    public event Action<HostEntry>? DeleteRequested;

    public override IEnumerable<Widget> Children => [List];

    /// <summary>Reads the hosts again (after an edit, an import, or another book), keeping the selection by id.</summary>
    public void Reload(ConnectionBook? book = null)
    {
        if (book is not null)
            _book = book;
        var selectedId = SelectedHost?.Id;
        Rebuild();
        if (selectedId is not null)
            SelectHost(selectedId);
    }

    public void SelectHost(string id)
    {
        for (var i = 0; i < List.Items.Count; i++)
        {
            if (List.Items[i].Host?.Id == id)
            {
                List.Select(i);
                return;
            }
        }
    }

    private void Rebuild()
    {
        _lastFilter = List.Filter.Text;
        _lastCount = _book.Hosts.Count;
        var rows = _book.Hosts.OrderByDescending(h => h.LastConnected ?? DateTimeOffset.MinValue)
            .ThenBy(h => h.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Select(h => new BookRow(h, null))
            .ToList();
        if (_lastFilter.Length > 0 && BookRow.ParseTyped(_lastFilter, _book) is { } target)
            rows.Add(new BookRow(null, target, _lastFilter));
        List.Items = rows;
    }

    private void Activate(BookRow row)
    {
        if (row.Host is { } host)
            ConnectRequested?.Invoke(host);
        else if (row.Quick is { } target)
            QuickConnectRequested?.Invoke(target);
    }

    protected override void OnRender(Rect area, Buffer buffer)
    {
        if (List.Filter.Text != _lastFilter || _book.Hosts.Count != _lastCount)
            Rebuild();
        var theme = Theme;
        var problems = Problems().SelectMany(p => TextWrap.Lines(p, area.Width)).ToList();
        var details = area.Height >= 12 ? DetailRows : 0;
        var problemRows = Math.Min(problems.Count, Math.Max(0, area.Height / 3));
        var listHeight = Math.Max(1, area.Height - details - problemRows - (details > 0 ? 1 : 0));
        List.Render(new Rect(area.X, area.Y, area.Width, listHeight), buffer);
        if (List.Items.Count == 0 && !List.Filter.IsActive && listHeight >= 2)
        {
            buffer.SetString(area.X + 1, area.Y, TextFit.Truncate("No saved hosts.", area.Width - 1), theme.Muted, area.Width - 1);
            buffer.SetString(area.X + 1, area.Y + 1, TextFit.Truncate("Type host:port and Enter, or Insert to add.", area.Width - 1), theme.Muted, area.Width - 1);
        }
        var y = area.Y + listHeight;
        if (details > 0)
        {
            buffer.Fill(new Rect(area.X, y, area.Width, 1), new Cell('─', theme.Border));
            y++;
            var selected = List.SelectedItem;
            var lines = Details(selected, selected?.Host is { } host ? _state.LastFault(host.Id) : null);
            for (var i = 0; i < details && y < area.Bottom; i++, y++)
            {
                if (i < lines.Count)
                {
                    var style = i == 0 ? theme.Title : lines[i].StartsWith(FaultPrefix, StringComparison.Ordinal) ? theme.Error : theme.Muted;
                    buffer.SetString(area.X, y, TextFit.Truncate(lines[i], area.Width), style, area.Width);
                }
            }
        }
        for (var i = 0; i < problemRows && y < area.Bottom; i++, y++)
            buffer.SetString(area.X, y, TextFit.Truncate(problems[i], area.Width), theme.Error, area.Width);
    }

    private List<string> Problems()
    {
        var list = new List<string>();
        if (_book.ParseError is { } error)
            list.Add($"{Path.GetFileName(_book.FilePath)}:{error.Position.Line}:{error.Position.Column}: {error.Reason} (read-only until fixed)");
        else
        {
            foreach (var d in _book.Diagnostics.Where(d => d.Severity == Core.Settings.DiagnosticSeverity.Error))
                list.Add(d.ToString().Replace(_book.FilePath, Path.GetFileName(_book.FilePath), StringComparison.Ordinal));
        }
        return list;
    }

    /// <summary>How the details line of a host's last failed connection starts.</summary>
    public const string FaultPrefix = "last attempt failed: ";

    /// <summary>The lines describing a row (the selected one), for the details area; <paramref name="fault"/> is why its last connection failed.</summary>
    public static List<string> Details(BookRow? row, CloseReason? fault = null)
    {
        if (row?.Host is not { } h)
        {
            return row?.Quick is { } q
                ? [$"Enter connects to {BookRow.Display(q)}", q.InBook ? $"the book's entry {q.Host.Id}" : "a quick connect: not saved in the book", "Insert saves a host for good"]
                : [];
        }
        var mode = h.Mode.ToString().ToLowerInvariant();
        var lines = new List<string>
        {
            $"{BookRow.Address(h)} · {h.Encoding} · {mode}{(h.NawsSize is { } size ? " · " + size : "")}",
        };
        if (fault is not null)
            lines.Add(FaultPrefix + fault.Message);
        lines.AddRange(
        [
            h.Tags.Count > 0 ? "tags: " + string.Join(", ", h.Tags) : "no tags",
            h.LastConnected is { } when
                ? $"last connected {when.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} · {Times(h.TimesConnected)}"
                : $"never connected · {Times(h.TimesConnected)}",
        ]);
        if (h.Notes.Length > 0)
            lines.Add(h.Notes.ReplaceLineEndings(" "));
        return lines;
    }

    private static string Times(int n) => n == 1 ? "1 time" : $"{n} times";

    public override bool OnPaste(PasteEvent e)
    {
        // A pasted address goes into the filter, as if typed.
        var text = Tui.Text.TextNavigation.SingleLine(e.Text).Trim();
        if (text.Length == 0)
            return false;
        List.Filter.Text = (List.Filter.Text + text)[..Math.Min(TypeToFilter.MaxLength, List.Filter.Text.Length + text.Length)];
        List.Refresh();
        return true;
    }

    public override bool OnKey(KeyEvent e)
    {
        if (e.Modifiers != KeyModifiers.None)
            return false;
        switch (e.Key)
        {
            case Key.Insert:
                AddRequested?.Invoke();
                return true;
            case Key.F2 when SelectedHost is { } host:
                EditRequested?.Invoke(host);
                return true;
            case Key.Delete when SelectedHost is { } host:
                DeleteRequested?.Invoke(host);
                return true;
        }
        return false;
    }
}
