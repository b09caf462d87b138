using TelnetTui.Core.Sessions;
using TelnetTui.Themes;

namespace TelnetTui.App;

/// <summary>
/// What every pane reads: the session shown (one at a time), the theme, the clipboard, and a way to tell
/// the user something on the status line. Owned by the UI thread.
/// </summary>
public sealed class AppState(AppTheme theme, IClipboard clipboard)
{
    private readonly Dictionary<string, CloseReason> _faults = new(StringComparer.Ordinal);
    private Session? _session;

    public AppTheme Theme { get; set; } = theme;

    public IClipboard Clipboard { get; } = clipboard;

    public Session? Session
    {
        get => _session;
        set
        {
            if (ReferenceEquals(value, _session))
                return;
            _session = value;
            SessionChanged?.Invoke(value);
        }
    }

    /// <summary>Raised when another session is shown (or none).</summary>
    public event Action<Session?>? SessionChanged;

    /// <summary>A short message for the status line (shown for a few seconds).</summary>
    public event Action<string>? Message;

    public void ShowMessage(string text) => Message?.Invoke(text);

    /// <summary>Why the last attempt to reach the book host <paramref name="hostId"/> failed (issue 8: shown in the book), or null.</summary>
    public CloseReason? LastFault(string hostId) => _faults.GetValueOrDefault(hostId);

    /// <summary>Notes how a connection to <paramref name="hostId"/> ended: a connect failure is kept, getting online clears it.</summary>
    public void NoteOutcome(string hostId, CloseReason? failure)
    {
        if (failure is null)
            _faults.Remove(hostId);
        else
            _faults[hostId] = failure;
    }
}
