using System.Globalization;
using TelnetTui.App;
using TelnetTui.Core.Lines;
using TelnetTui.Core.Sessions;
using TelnetTui.Telnet.Values;
using TelnetTui.Tui;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Panes.Scripts;

/// <summary>
/// The script pane's place, kept for the scripting work (issue 7): until scripts run here it shows the
/// session's event stream — the events scripts will receive: prompts, GMCP/MSDP/MSSP messages, state
/// changes and notices — as a pausable, searchable log.
/// </summary>
public sealed class EventStreamPane : Widget
{
    /// <summary>Longest payload shown per event line.</summary>
    public const int MaxPayloadChars = 200;

    private readonly AppState _state;

    public EventStreamPane(AppState state)
    {
        _state = state;
        Name = "scripts";
        Log = Adopt(new LogView { Name = "events" });
    }

    public LogView Log { get; }

    public override IEnumerable<Widget> Children => [Log];

    public void Prompt(SessionPrompt prompt) => Add("prompt", prompt.Text.TrimEnd() + $"  ({(prompt.Mark == Telnet.Engine.PromptMark.GoAhead ? "GA" : "EOR")})", _state.Theme.Ui.Key);

    public void Mud(MudMessage message)
    {
        var payload = message.Value.ToJson();
        if (payload.Length > MaxPayloadChars)
            payload = payload[..MaxPayloadChars] + "…";
        var name = message.Name.Length > 0 ? message.Name + " " : "";
        Add(message.Protocol.ToString().ToUpperInvariant(), name + payload + (message.Error is null ? "" : "  (malformed: " + message.Error + ")"), _state.Theme.Received);
    }

    public void State(SessionStateChange change) =>
        Add("state", change.Current.ToString().ToLowerInvariant() + (change.Reason is { } r ? ": " + r.Message : ""), _state.Theme.Notice);

    public void Notice(string text) => Add("notice", text, _state.Theme.Notice);

    public void Add(string kind, string text, Style? style = null)
    {
        var time = DateTimeOffset.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        Log.Append($"{time} {kind,-7} {Tui.Text.TextNavigation.SingleLine(text)}", style);
    }

    protected override void OnRender(Rect area, Buffer buffer)
    {
        Log.Render(area, buffer);
        if (Log.Source.Count == 0 && area.Height > 1)
        {
            buffer.SetString(area.X + 1, area.Y, Tui.Text.TextFit.Truncate("Scripts (Lua) will live here.", area.Width - 1), Theme.Title, area.Width - 1);
            buffer.SetString(area.X + 1, area.Y + 1, Tui.Text.TextFit.Truncate("Until then: the session's events — prompts, GMCP, MSDP, MSSP.", area.Width - 1), Theme.Muted, area.Width - 1);
        }
    }
}
