namespace TelnetTui.Demo.Mud;

/// <summary>What the MUD does after a command.</summary>
internal enum CommandResult
{
    /// <summary>Show the prompt and read the next command.</summary>
    Continue,
    /// <summary>Leave the world (back to the main menu).</summary>
    Quit,
}
