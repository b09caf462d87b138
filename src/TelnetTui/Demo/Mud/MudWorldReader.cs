using TelnetTui.Toml;

namespace TelnetTui.Demo.Mud;

/// <summary>
/// Reads assets/mud/world.toml into a <see cref="MudWorld"/> and checks it: every exit leads to a room,
/// vnums are unique, every field has the right type. A mistake is an <see cref="InvalidDataException"/>
/// naming the file and the key.
/// </summary>
internal static class MudWorldReader
{
    public static MudWorld Read(ReadOnlySpan<byte> utf8, string fileName)
    {
        var doc = TomlFields.Parse(utf8, fileName);
        var world = doc.Table("world");
        var rooms = new Dictionary<string, MudRoom>(StringComparer.Ordinal);
        var vnums = new HashSet<int>();
        foreach (var (id, value) in doc.Table("rooms").Root)
        {
            var room = doc.Sub(value, $"rooms.{id}");
            var exits = room.Table("exits").Root
                .Select(p => new MudExit(
                    MudDirection.Parse(p.Key) is { } d && d == p.Key ? d : throw doc.Error($"rooms.{id}.exits.{p.Key}", $"'{p.Key}' is not one of {string.Join(", ", MudDirection.All)}"),
                    doc.AsString(p.Value, $"rooms.{id}.exits.{p.Key}")))
                .ToArray();
            var vnum = (int)room.Integer("vnum");
            if (!vnums.Add(vnum))
                throw doc.Error($"rooms.{id}.vnum", $"vnum {vnum} is used twice");
            rooms.Add(id, new MudRoom(id, vnum, room.String("name"), room.String("environment"), (int)room.Integer("move_cost"),
                room.Strings("description"), exits, room.Strings("ambient")));
        }
        foreach (var room in rooms.Values)
        {
            foreach (var exit in room.Exits)
            {
                if (!rooms.ContainsKey(exit.Target))
                    throw doc.Error($"rooms.{room.Id}.exits.{exit.Direction}", $"no room '{exit.Target}'");
            }
        }
        var start = world.String("start");
        if (!rooms.ContainsKey(start))
            throw doc.Error("world.start", $"no room '{start}'");
        return new MudWorld(world.String("name"), world.String("area"), start, rooms);
    }
}
