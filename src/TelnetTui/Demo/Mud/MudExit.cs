namespace TelnetTui.Demo.Mud;

/// <summary>A way out of a room: the direction and the room it leads to.</summary>
internal readonly record struct MudExit(string Direction, string Target);
