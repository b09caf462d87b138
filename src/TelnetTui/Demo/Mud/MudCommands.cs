using System.Text;
using TelnetTui.Demo.Sessions;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Mud;

/// <summary>
/// The MUD's commands: look, the six directions and go, say (and '), who, score, help, login, flood,
/// quit. A command may be shortened to any prefix of at least its minimum length; the table's order
/// settles ties (so "s" is south, "sa" say, "sc" score, "l" look).
/// </summary>
internal sealed class MudCommands
{
    private readonly DemoSession _session;
    private readonly MudRealm _realm;
    private readonly MudPlayer _player;
    private readonly (string Name, int MinLength, string Help, Func<string, Task<CommandResult>> Run)[] _table;

    public MudCommands(DemoSession session, MudRealm realm, MudPlayer player)
    {
        _session = session;
        _realm = realm;
        _player = player;
        _table =
        [
            ("look", 1, "look [direction]  the room you are in, or what lies that way", LookAsync),
            ("north", 1, "north, east, south, west, up, down (n e s w u d)  walk that way", _ => MoveAsync("north")),
            ("east", 1, "", _ => MoveAsync("east")),
            ("south", 1, "", _ => MoveAsync("south")),
            ("west", 1, "", _ => MoveAsync("west")),
            ("up", 1, "", _ => MoveAsync("up")),
            ("down", 1, "", _ => MoveAsync("down")),
            ("go", 2, "go <direction>  the same, spelled out", GoAsync),
            ("say", 2, "say <text>  (or 'text)  talk to everyone in the room", SayAsync),
            ("score", 2, "score  your character, your client and the protocols in use", ScoreAsync),
            ("who", 3, "who  everyone in the world, and where", WhoAsync),
            ("help", 1, "help  this list", HelpAsync),
            ("login", 3, "login  choose a name (and a password: typed without echo)", LoginAsync),
            ("flood", 5, "flood N  N bytes of MUD output as fast as your client reads (load test; IAC AO stops it)", FloodAsync),
            ("quit", 4, "quit  leave the world, back to the main menu", _ => Task.FromResult(CommandResult.Quit)),
        ];
    }

    public Task<CommandResult> RunAsync(string line)
    {
        var text = line.Trim();
        if (text.Length == 0)
            return Task.FromResult(CommandResult.Continue);
        if (text[0] == '\'')
            return SayAsync(text[1..]);
        var space = text.IndexOf(' ');
        var word = space < 0 ? text : text[..space];
        var rest = space < 0 ? "" : text[(space + 1)..].Trim();
        foreach (var command in _table)
        {
            if (word.Length >= command.MinLength && command.Name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                return command.Run(rest);
        }
        return WriteAsync(MudText.Error($"Huh? '{Clean(word)}' is not a command here. Type help for the list."));
    }

    private async Task<CommandResult> WriteAsync(string text)
    {
        await _session.WriteAsync(text).ConfigureAwait(false);
        return CommandResult.Continue;
    }

    private Task<CommandResult> LookAsync(string argument)
    {
        var room = _player.Room;
        if (argument.Length == 0)
            return WriteAsync(MudText.Room(room, _realm.Others(room.Id, _player)));
        if (MudDirection.Parse(argument) is not { } direction)
            return WriteAsync(MudText.Error($"'{Clean(argument)}' is not a direction."));
        return WriteAsync(room.Exit(direction) is { } exit
            ? $"To the {direction} lies {MudColour.RoomName}{_realm.World.Room(exit.Target).Name}{MudColour.Reset}.{MudText.Crlf}"
            : $"You see no way {direction}.{MudText.Crlf}");
    }

    private Task<CommandResult> GoAsync(string argument)
        => MudDirection.Parse(argument) is { } direction ? MoveAsync(direction) : WriteAsync(MudText.Error("Go where? north, east, south, west, up or down."));

    private async Task<CommandResult> MoveAsync(string direction)
    {
        var here = _player.Room;
        if (here.Exit(direction) is not { } exit)
            return await WriteAsync($"You cannot go {direction} from here.{MudText.Crlf}").ConfigureAwait(false);
        var there = _realm.World.Room(exit.Target);
        if (_player.Vitals.Mv < there.MoveCost)
            return await WriteAsync($"You are too tired to go on. Rest a moment.{MudText.Crlf}").ConfigureAwait(false);
        _player.Vitals = _player.Vitals.SpendMoves(there.MoveCost);
        var name = _player.Name;
        _realm.TellRoom(here.Id, _player, new NoticePosted($"{MudColour.Player}{name}{MudColour.Reset} leaves {direction}."));
        _realm.Move(_player, there.Id);
        _realm.TellRoom(there.Id, _player, new NoticePosted($"{MudColour.Player}{name}{MudColour.Reset} arrives from {ArrivalSide(direction)}."));
        return await WriteAsync(MudText.Room(there, _realm.Others(there.Id, _player))).ConfigureAwait(false);
    }

    private static string ArrivalSide(string direction) => MudDirection.Opposite(direction) switch
    {
        "below" => "below",
        "above" => "above",
        var d => "the " + d,
    };

    private async Task<CommandResult> SayAsync(string argument)
    {
        var text = Clean(argument.Trim());
        if (text.Length == 0)
            return await WriteAsync("Say what?" + MudText.Crlf).ConfigureAwait(false);
        var name = _player.Name;
        _realm.TellRoom(_player.RoomId, _player, new NoticePosted($"{MudColour.Say}{name} says, '{text}'{MudColour.Reset}", "say", name));
        await _session.SendGmcpAsync("Comm.Channel.Text", MudGmcp.ChannelText("say", name, $"You say, '{text}'")).ConfigureAwait(false);
        return await WriteAsync($"{MudColour.Say}You say, '{text}'{MudColour.Reset}{MudText.Crlf}").ConfigureAwait(false);
    }

    private Task<CommandResult> WhoAsync(string argument)
    {
        var who = _realm.Who();
        var sb = new StringBuilder();
        sb.Append(MudColour.Heading).Append("Adventurers in ").Append(_realm.World.Name).Append(MudColour.Reset).Append(MudText.Crlf);
        foreach (var (name, room) in who.OrderBy(w => w.Name, StringComparer.OrdinalIgnoreCase))
            sb.Append("  ").Append(MudColour.Player).Append(name.PadRight(LoginFlow.MaxName)).Append(MudColour.Reset).Append("  ").Append(room).Append(MudText.Crlf);
        sb.Append(who.Count == 1 ? "1 player online." : $"{who.Count} players online.").Append(MudText.Crlf);
        return WriteAsync(sb.ToString());
    }

    private Task<CommandResult> ScoreAsync(string argument)
    {
        var v = _player.Vitals;
        var room = _player.Room;
        var online = _session.Context.Clock.GetUtcNow() - _player.Since;
        var (client, version) = _session.Client.GmcpHello;
        var (size, types, nawsOn) = _session.Query(e => (e.WindowSize, e.ReceivedTerminalTypes.ToArray(), e.IsEnabled(TelnetSide.Remote, TelnetOption.Naws)));
        var sb = new StringBuilder();
        sb.Append(MudColour.Heading).Append(_player.Name).Append(MudColour.Reset).Append(_player.LoggedIn ? "  (logged in)" : "  (guest: login to choose a name)").Append(MudText.Crlf);
        sb.Append($"  Health {v.Hp}/{v.MaxHp}   Mana {v.Mp}/{v.MaxMp}   Moves {v.Mv}/{v.MaxMv}{MudText.Crlf}");
        sb.Append($"  Room   {room.Name} [{room.Vnum}] in {_realm.World.Area}{MudText.Crlf}");
        sb.Append($"  Online {(int)online.TotalMinutes}m {online.Seconds}s{MudText.Crlf}");
        sb.Append($"  Client {(client is null ? "(no GMCP Core.Hello)" : $"{Clean(client)} {Clean(version ?? "")}".TrimEnd())}");
        sb.Append($", terminal {(types.Length > 1 ? Clean(types[1]) : types.Length == 1 ? Clean(types[0]) : "(no TTYPE)")}");
        sb.Append($", window {(nawsOn ? size.ToString() : "(no NAWS)")}, text {_session.TextEncoding.WebName}{MudText.Crlf}");
        sb.Append("  Telnet ").Append(string.Join(", ", ProtocolStates())).Append(MudText.Crlf);
        return WriteAsync(sb.ToString());
    }

    private IEnumerable<string> ProtocolStates()
    {
        (string Name, byte Option)[] ours =
        [
            ("GMCP", TelnetOption.Gmcp), ("MSDP", TelnetOption.Msdp), ("MSSP", TelnetOption.Mssp),
            ("MCCP2", TelnetOption.Mccp2), ("EOR", TelnetOption.EndOfRecord), ("SGA", TelnetOption.SuppressGoAhead),
        ];
        foreach (var (name, option) in ours)
            yield return $"{name} {(_session.IsEnabled(TelnetSide.Local, option) ? "on" : "off")}";
    }

    private Task<CommandResult> HelpAsync(string argument)
    {
        var sb = new StringBuilder();
        sb.Append(MudColour.Heading).Append("Commands").Append(MudColour.Reset).Append(" (any unambiguous start of a word works):").Append(MudText.Crlf);
        foreach (var command in _table)
        {
            if (command.Help.Length > 0)
                sb.Append("  ").Append(command.Help).Append(MudText.Crlf);
        }
        return WriteAsync(sb.ToString());
    }

    private async Task<CommandResult> LoginAsync(string argument)
    {
        await new LoginFlow(_session, _realm, _player).RunAsync().ConfigureAwait(false);
        return CommandResult.Continue;
    }

    private async Task<CommandResult> FloodAsync(string argument)
    {
        await FloodCommand.RunAsync(_session, argument).ConfigureAwait(false);
        return CommandResult.Continue;
    }

    /// <summary>Client text shown to others loses its control characters (no escape sequences into someone else's terminal).</summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(char.IsControl(c) ? '?' : c);
        return sb.ToString();
    }
}
