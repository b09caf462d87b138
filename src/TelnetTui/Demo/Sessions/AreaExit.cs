namespace TelnetTui.Demo.Sessions;

/// <summary>Where a client goes when it leaves an area.</summary>
internal enum AreaExit
{
    /// <summary>Back to the main menu.</summary>
    Lobby,
    /// <summary>Log off: the connection closes.</summary>
    Disconnect,
}
