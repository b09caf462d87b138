namespace TelnetTui.Demo.Lobby;

/// <summary>What the main menu offers.</summary>
internal enum AreaChoice
{
    Bbs,
    Mud,
    Lab,
    Quit,
}
