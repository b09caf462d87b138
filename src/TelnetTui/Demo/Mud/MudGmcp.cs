using TelnetTui.Telnet.Values;

namespace TelnetTui.Demo.Mud;

/// <summary>
/// The GMCP messages the MUD sends, shaped as the common MUD clients expect them (Mudlet's and IRE's
/// packages): Char.Name, Char.Vitals (numbers, plus a "string" summary), Room.Info (num, name, area,
/// environment, exits by short direction → room number) and Comm.Channel.Text.
/// </summary>
internal static class MudGmcp
{
    public static MudValue CharName(string name, bool loggedIn)
        => MudValue.Object(("name", MudValue.String(name)), ("fullname", MudValue.String(loggedIn ? name + " of Lanternfall" : name + " the Wanderer")));

    public static MudValue CharVitals(Vitals v) => MudValue.Object(
        ("hp", MudValue.Number(v.Hp)),
        ("maxhp", MudValue.Number(v.MaxHp)),
        ("mp", MudValue.Number(v.Mp)),
        ("maxmp", MudValue.Number(v.MaxMp)),
        ("mv", MudValue.Number(v.Mv)),
        ("maxmv", MudValue.Number(v.MaxMv)),
        ("string", MudValue.String($"H:{v.Hp}/{v.MaxHp} M:{v.Mp}/{v.MaxMp} V:{v.Mv}/{v.MaxMv}")));

    public static MudValue RoomInfo(MudRoom room, MudWorld world) => MudValue.Object(
        ("num", MudValue.Number(room.Vnum)),
        ("name", MudValue.String(room.Name)),
        ("area", MudValue.String(world.Area)),
        ("environment", MudValue.String(room.Environment)),
        ("exits", MudValue.Object(room.Exits.Select(e => KeyValuePair.Create(MudDirection.Short(e.Direction), MudValue.Number(world.Room(e.Target).Vnum))))));

    public static MudValue ChannelText(string channel, string talker, string text)
        => MudValue.Object(("channel", MudValue.String(channel)), ("talker", MudValue.String(talker)), ("text", MudValue.String(text)));
}
