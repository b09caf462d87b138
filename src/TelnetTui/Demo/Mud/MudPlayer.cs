using System.Globalization;
using TelnetTui.Demo.MudData;
using TelnetTui.Demo.Sessions;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Demo.Mud;

/// <summary>
/// One character in the world. Its name and room are read by other sessions (who, say) under the realm's
/// lock; everything else belongs to its own session. Supplies the MSDP variables.
/// </summary>
internal sealed class MudPlayer(MudRealm realm, SessionInbox inbox, string name, string room, DateTimeOffset since) : IMsdpSource
{
    private string _name = name;
    private string _room = room;

    public SessionInbox Inbox { get; } = inbox;

    public string Name
    {
        get => realm.Read(() => _name);
        internal set => _name = value;
    }

    public string RoomId
    {
        get => realm.Read(() => _room);
        internal set => _room = value;
    }

    public MudRoom Room => realm.World.Room(RoomId);

    public Vitals Vitals { get; set; } = Vitals.Fresh;

    /// <summary>True once <c>login</c> gave the character a name of its own.</summary>
    public bool LoggedIn { get; set; }

    public DateTimeOffset Since { get; } = since;

    public MudValue? Get(string variable)
    {
        var v = Vitals;
        var r = Room;
        return variable switch
        {
            "CHARACTER_NAME" => MudValue.String(Name),
            "HEALTH" => Number(v.Hp),
            "HEALTH_MAX" => Number(v.MaxHp),
            "MANA" => Number(v.Mp),
            "MANA_MAX" => Number(v.MaxMp),
            "MOVEMENT" => Number(v.Mv),
            "MOVEMENT_MAX" => Number(v.MaxMv),
            "ROOM_NAME" => MudValue.String(r.Name),
            "ROOM_VNUM" => Number(r.Vnum),
            "ROOM_AREA" => MudValue.String(realm.World.Area),
            "ROOM_EXITS" => MudValue.Object(r.Exits.Select(e => KeyValuePair.Create(MudDirection.Short(e.Direction), Number(realm.World.Room(e.Target).Vnum)))),
            "WORLD_TIME" => Number(realm.WorldHour),
            _ => null,
        };
    }

    private static MudValue Number(int n) => MudValue.String(n.ToString(CultureInfo.InvariantCulture));
}
