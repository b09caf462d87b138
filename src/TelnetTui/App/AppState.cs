using TelnetTui.Core.Sessions;
using TelnetTui.Themes;

namespace TelnetTui.App;

/// <summary>
/// What every pane reads: the session shown (one at a time), the theme, the clipboard, and a way to tell
/// the user something on the status line. Owned by the UI thread.
/// </summary>
public sealed class AppState(AppTheme theme, IClipboard clipboard)
{
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
}
