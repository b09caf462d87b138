using System.Globalization;
using TelnetTui.App;
using TelnetTui.Core.Replay;
using TelnetTui.Panes.Terminal;
using TelnetTui.Tui;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Panes.Replay;

/// <summary>
/// The interactive replay: the recorded screen drawn like the live terminal pane (scrollback, selection,
/// search highlighting), over a status line with the position, the speed and the keys. Space pauses,
/// +/- change the speed, ←/→ seek 5 s (PgUp/PgDn a minute), Home/End jump to the start or end, n to the
/// next prompt, q or Esc quits.
/// </summary>
public sealed class ReplayView : Widget
{
    public static readonly TimeSpan SmallStep = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan BigStep = TimeSpan.FromMinutes(1);

    private readonly ReplayPlayer _player;
    private readonly string _name;
    private readonly AppState _state;

    public ReplayView(ReplayPlayer player, string name, AppState state)
    {
        _player = player;
        _name = name;
        _state = state;
        Name = "replay";
        Screen = Adopt(new ScreenView(state) { ScreenSource = () => player.Terminal.Screen });
    }

    public ScreenView Screen { get; }

    public ReplayPlayer Player => _player;

    /// <summary>The user asked to leave the replay.</summary>
    public event Action? QuitRequested;

    /// <summary>Play/pause, seek or speed changed: the app restarts or stops its ticking.</summary>
    public event Action? Changed;

    public override IEnumerable<Widget> Children => [Screen];

    public static string Clock(TimeSpan t) =>
        t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : t.ToString(@"m\:ss", CultureInfo.InvariantCulture);

    public string StatusText()
    {
        var speed = _player.Speed >= 1 ? $"×{_player.Speed:0.##}" : $"×1/{1 / _player.Speed:0.##}";
        var state = _player.AtEnd ? "end" : _player.IsPaused ? "paused" : "playing";
        return $" replay {_name} · {Clock(_player.Position)} / {Clock(_player.Duration)} · {speed} · {state} ";
    }

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var theme = _state.Theme;
        Screen.Render(new Rect(area.X, area.Y, area.Width, Math.Max(0, area.Height - 1)), buffer);
        var row = area.Row(area.Height - 1);
        buffer.Fill(row, Cell.Space(theme.Ui.StatusBar));
        var used = buffer.SetString(row.X, row.Y, StatusText(), _player.IsPaused ? theme.Ui.Indicator : theme.Ui.StatusBar, row.Width);
        buffer.SetString(row.X + used, row.Y, Tui.Text.TextFit.Truncate(" Space pause  ←→ seek  +/- speed  n prompt  Home/End  q quit", Math.Max(0, row.Width - used)), theme.Ui.StatusBar, row.Width - used);
    }

    public override bool OnKey(KeyEvent e)
    {
        var handled = true;
        switch (e.Key)
        {
            case Key.Left:
                _player.Seek(_player.Position - SmallStep);
                break;
            case Key.Right:
                _player.Seek(_player.Position + SmallStep);
                break;
            case Key.PageUp:
                _player.Seek(_player.Position - BigStep);
                break;
            case Key.PageDown:
                _player.Seek(_player.Position + BigStep);
                break;
            case Key.Home:
                _player.Seek(TimeSpan.Zero);
                break;
            case Key.End:
                _player.SeekToEnd();
                break;
            case Key.Escape:
                QuitRequested?.Invoke();
                break;
            case Key.Char when e.IsText:
                handled = OnChar(e.Rune.Value);
                break;
            default:
                handled = false;
                break;
        }
        if (handled)
            Changed?.Invoke();
        return handled;
    }

    private bool OnChar(int c)
    {
        switch (c)
        {
            case ' ':
                _player.TogglePause();
                return true;
            case '+' or '=':
                _player.Speed *= 2;
                return true;
            case '-' or '_':
                _player.Speed /= 2;
                return true;
            case 'n':
                if (!_player.JumpToNextPrompt())
                    _state.ShowMessage("no more prompts");
                return true;
            case 'q':
                QuitRequested?.Invoke();
                return true;
        }
        return false;
    }
}
