using TelnetTui.App;
using TelnetTui.Core.Input;
using TelnetTui.Core.Sessions;
using TelnetTui.Tui;
using TelnetTui.Tui.App;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Panes;

/// <summary>
/// The bottom line: host, connection state, input mode, encoding, the size reported by NAWS, TLS, MCCP
/// and recording on the left; on the right the keys for help, the menu and quitting, or for a few seconds
/// the latest message.
/// </summary>
public sealed class StatusLine : Widget
{
    /// <summary>How long a message stays.</summary>
    public static readonly TimeSpan MessageTime = TimeSpan.FromSeconds(6);

    private readonly AppState _state;
    private readonly KeyMap _keys;
    private readonly TimeProvider _clock;
    private readonly StatusBar _bar;
    private string? _message;
    private DateTimeOffset _messageUntil;

    public StatusLine(AppState state, KeyMap keys, TimeProvider? clock = null)
    {
        _state = state;
        _keys = keys;
        _clock = clock ?? TimeProvider.System;
        Name = "status";
        _bar = Adopt(new StatusBar());
        state.Message += Show;
    }

    /// <summary>The message shown now, or null.</summary>
    public string? Message => _message is not null && _clock.GetUtcNow() < _messageUntil ? _message : null;

    /// <summary>True while a message is shown that will expire (the app redraws then).</summary>
    public bool HasMessage => Message is not null;

    public void Show(string text)
    {
        _message = Tui.Text.TextNavigation.SingleLine(text);
        _messageUntil = _clock.GetUtcNow() + MessageTime;
    }

    /// <summary>The left-hand segments for a session (or none), in order.</summary>
    public static List<string> Segments(Session? session)
    {
        if (session is null)
            return ["not connected"];
        var list = new List<string> { session.Host.DisplayName, StateText(session), ModeText(session), session.Encoding.Name };
        var size = session.NawsSize;
        list.Add($"{size.Columns}x{size.Rows}{(session.IsSizePinned ? " pinned" : "")}");
        list.Add(session.Endpoint.UseTls ? (session.IsSecure ? "TLS" : "TLS?") : "plain");
        if (session.IsCompressed)
            list.Add("MCCP");
        if (session.IsCapturing)
            list.Add("● REC");
        if (session.IsLogging)
            list.Add("LOG");
        return list;
    }

    public static string StateText(Session session) => session.State switch
    {
        SessionState.Idle => "idle",
        SessionState.Connecting => "connecting",
        SessionState.Negotiating => "negotiating",
        SessionState.Online => "online",
        SessionState.WaitingToReconnect => session.Reconnect?.ToString() ?? "reconnecting",
        _ => "closed" + (session.CloseReason is { } r ? ": " + r.Message : ""),
    };

    public static string ModeText(Session session) => session.Mode == InputMode.Character ? "char" : session.InputMasked ? "line (masked)" : "line";

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var theme = _state.Theme;
        _bar.Theme = theme.Ui;
        _bar.Left.Clear();
        _bar.Right.Clear();
        var session = _state.Session;
        var segments = Segments(session);
        for (var i = 0; i < segments.Count; i++)
        {
            var style = theme.Ui.StatusBar;
            if (i == 1 && session is not null)
                style = session.State == SessionState.Online ? theme.Online : session.State is SessionState.Closed or SessionState.WaitingToReconnect ? theme.Offline : style;
            _bar.Left.Add(new TextSpan(i == 0 ? " " : " │ ", theme.Ui.StatusBar));
            _bar.Left.Add(new TextSpan(segments[i], style));
        }
        _bar.Left.Add(new TextSpan(" ", theme.Ui.StatusBar));
        if (Message is { } message)
        {
            // A message wins over the status: the left side gives way to it.
            var text = " " + message + " ";
            var width = Math.Min(Tui.Text.CharWidth.Of(text), area.Width);
            var row = area.Row(0);
            buffer.Fill(row, Cell.Space(theme.Ui.StatusBar));
            buffer.SetSpans(row.X, row.Y, _bar.Left.ToArray(), Math.Max(0, row.Width - width - 1));
            buffer.SetString(row.Right - width, row.Y, Tui.Text.TextFit.Truncate(text, width), theme.Ui.Indicator, width);
            _bar.Render(Rect.Empty, buffer);
            return;
        }
        Hint("help", "Help");
        Hint("command-menu", "Menu");
        Hint("quit", "Quit");
        _bar.Render(area, buffer);
    }

    private void Hint(string command, string label)
    {
        var chord = _keys.BindingsFor(command).FirstOrDefault();
        if (chord != default)
            _bar.AddHint(chord.ToString(), label);
    }
}
