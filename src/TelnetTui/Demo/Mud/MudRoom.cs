namespace TelnetTui.Demo.Mud;

/// <summary>One room of the demo world, as read from assets/mud/world.toml.</summary>
internal sealed record MudRoom(
    string Id,
    int Vnum,
    string Name,
    string Environment,
    int MoveCost,
    IReadOnlyList<string> Description,
    IReadOnlyList<MudExit> Exits,
    IReadOnlyList<string> Ambient)
{
    public MudExit? Exit(string direction)
    {
        foreach (var exit in Exits)
        {
            if (exit.Direction == direction)
                return exit;
        }
        return null;
    }
}
