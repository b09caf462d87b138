using TelnetTui.Demo.Sessions;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Demo.Mud;

/// <summary>
/// The MUD area: line mode (the server says WONT ECHO), a prompt ending in IAC EOR or IAC GA after every
/// command, and a tick every <see cref="DemoServerOptions.TickInterval"/> that regenerates vitals and now
/// and then prints an ambient line. After every command and tick, what changed goes out over GMCP
/// (Char.Name, Char.Vitals, Room.Info) and MSDP (reported variables).
/// </summary>
internal sealed class MudArea
{
    private readonly DemoSession _session;
    private readonly MudRealm _realm;
    private readonly MudPlayer _player;
    private readonly MudCommands _commands;
    private string? _sentName;
    private Vitals? _sentVitals;
    private string? _sentRoom;
    private int _ticks;

    private MudArea(DemoSession session, MudRealm realm, MudPlayer player)
    {
        _session = session;
        _realm = realm;
        _player = player;
        _commands = new MudCommands(session, realm, player);
    }

    public static async Task<AreaExit> RunAsync(DemoSession session)
    {
        var realm = session.Context.Realm;
        var player = realm.Enter(session.Inbox);
        try
        {
            return await new MudArea(session, realm, player).LoopAsync().ConfigureAwait(false);
        }
        finally
        {
            session.Msdp.Source = null;
            realm.Leave(player);
            realm.TellRoom(player.RoomId, player, new NoticePosted($"{MudColour.Player}{player.Name}{MudColour.Reset} fades into the lantern light."));
        }
    }

    private async Task<AreaExit> LoopAsync()
    {
        _session.Mode = InputMode.Lines;
        _session.EchoTyped = false;
        await _session.SetEchoAsync(false).ConfigureAwait(false);
        _session.Msdp.Source = _player;
        _realm.TellRoom(_player.RoomId, _player, new NoticePosted($"{MudColour.Player}{_player.Name}{MudColour.Reset} steps out of the lantern light."));
        await _session.WriteAsync(MudText.Banner(_realm.World.Name, _player.Name) + MudText.Room(_player.Room, _realm.Others(_player.RoomId, _player))).ConfigureAwait(false);
        await SyncAsync().ConfigureAwait(false);
        await PromptAsync().ConfigureAwait(false);
        var clock = _session.Context.Clock;
        var interval = _session.Context.Options.TickInterval;
        var lastTick = clock.GetTimestamp();
        while (true)
        {
            var wait = interval - clock.GetElapsedTime(lastTick);
            var input = wait > TimeSpan.Zero ? await _session.NextAsync(wait).ConfigureAwait(false) : SessionInput.TimedOut;
            switch (input.Kind)
            {
                case SessionInputKind.Line when input.Line.TooLong:
                    await _session.WriteAsync(MudText.Error($"That line is too long (at most {_session.Context.Options.MaxLineLength} characters); ignored.")).ConfigureAwait(false);
                    await PromptAsync().ConfigureAwait(false);
                    break;
                case SessionInputKind.Line:
                    if (await _commands.RunAsync(input.Line.Text).ConfigureAwait(false) == CommandResult.Quit)
                    {
                        await _session.WriteAsync($"You step back into the lantern light, and out of {_realm.World.Name}.{MudText.Crlf}").ConfigureAwait(false);
                        return AreaExit.Lobby;
                    }
                    await SyncAsync().ConfigureAwait(false);
                    await PromptAsync().ConfigureAwait(false);
                    break;
                case SessionInputKind.Event:
                    await OnEventAsync(input.Event!).ConfigureAwait(false);
                    break;
            }
            if (clock.GetElapsedTime(lastTick) >= interval)
            {
                lastTick = clock.GetTimestamp();
                await TickAsync().ConfigureAwait(false);
            }
        }
    }

    private Task PromptAsync() => _session.PromptAsync(MudText.Prompt(_player.Vitals));

    private async Task TickAsync()
    {
        _ticks++;
        _player.Vitals = _player.Vitals.Regenerate();
        var every = _session.Context.Options.AmbientEveryTicks;
        var room = _player.Room;
        if (every > 0 && _ticks % every == 0 && room.Ambient.Count > 0)
        {
            var line = room.Ambient[_ticks / every % room.Ambient.Count];
            await _session.WriteAsync(MudText.Crlf + MudColour.Ambient + line + MudColour.Reset + MudText.Crlf).ConfigureAwait(false);
            await PromptAsync().ConfigureAwait(false);
        }
        await SyncAsync().ConfigureAwait(false);
    }

    private async Task OnEventAsync(DemoEvent e)
    {
        switch (e)
        {
            case NoticePosted notice:
                await _session.WriteAsync(MudText.Crlf + notice.Text + MudText.Crlf).ConfigureAwait(false);
                if (notice.GmcpChannel is { } channel)
                    await _session.SendGmcpAsync("Comm.Channel.Text", MudGmcp.ChannelText(channel, notice.Talker ?? "", StripColour(notice.Text))).ConfigureAwait(false);
                await PromptAsync().ConfigureAwait(false);
                break;
            case OptionToggled { Change: { Option: TelnetOption.Gmcp, Side: TelnetSide.Local, Enabled: true } }:
            case MudMessageArrived { Message: { Protocol: MudProtocol.Gmcp, Name: var name } } when name.StartsWith("Core.Supports", StringComparison.OrdinalIgnoreCase):
                // GMCP just came on, or the client changed what it takes: send the whole state again.
                _sentName = _sentRoom = null;
                _sentVitals = null;
                await SyncAsync().ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Sends over GMCP what changed since it was last sent, then MSDP's reported variables.</summary>
    private async Task SyncAsync()
    {
        if (_session.IsEnabled(TelnetSide.Local, TelnetOption.Gmcp))
        {
            var name = _player.Name;
            if (name != _sentName)
            {
                await _session.SendGmcpAsync("Char.Name", MudGmcp.CharName(name, _player.LoggedIn)).ConfigureAwait(false);
                _sentName = name;
            }
            var vitals = _player.Vitals;
            if (vitals != _sentVitals)
            {
                await _session.SendGmcpAsync("Char.Vitals", MudGmcp.CharVitals(vitals)).ConfigureAwait(false);
                _sentVitals = vitals;
            }
            var room = _player.Room;
            if (room.Id != _sentRoom)
            {
                await _session.SendGmcpAsync("Room.Info", MudGmcp.RoomInfo(room, _realm.World)).ConfigureAwait(false);
                _sentRoom = room.Id;
            }
        }
        await _session.Msdp.ReportChangesAsync().ConfigureAwait(false);
    }

    private static string StripColour(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\x1b')
            {
                while (i < text.Length && text[i] != 'm')
                    i++;
                continue;
            }
            sb.Append(text[i]);
        }
        return sb.ToString();
    }
}
