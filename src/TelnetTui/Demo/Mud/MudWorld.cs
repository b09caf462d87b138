namespace TelnetTui.Demo.Mud;

/// <summary>The demo world: its rooms by key and the room new players start in. Immutable once loaded.</summary>
internal sealed record MudWorld(string Name, string Area, string StartRoom, IReadOnlyDictionary<string, MudRoom> Rooms)
{
    public MudRoom Start => Rooms[StartRoom];

    public MudRoom Room(string id) => Rooms[id];
}
