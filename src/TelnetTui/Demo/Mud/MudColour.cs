namespace TelnetTui.Demo.Mud;

/// <summary>The colour tags of the demo's MUD text ({R} bright red, {x} reset...) and their SGR sequences.</summary>
internal static class MudColour
{
    public const string Reset = "\x1b[0m";
    public const string RoomName = "\x1b[1;36m";
    public const string Exits = "\x1b[0;32m";
    public const string Player = "\x1b[1;33m";
    public const string Say = "\x1b[0;33m";
    public const string Ambient = "\x1b[0;37m";
    public const string Notice = "\x1b[1;35m";
    public const string Error = "\x1b[1;31m";
    public const string Heading = "\x1b[1;37m";
    public const string Dim = "\x1b[1;30m";

    /// <summary>The SGR sequence for a tag letter; null when the tag is not a colour.</summary>
    public static string? Sgr(string tag) => tag switch
    {
        "x" => Reset,
        "r" => "\x1b[0;31m",
        "g" => "\x1b[0;32m",
        "y" => "\x1b[0;33m",
        "b" => "\x1b[0;34m",
        "m" => "\x1b[0;35m",
        "c" => "\x1b[0;36m",
        "w" => "\x1b[0;37m",
        "D" => "\x1b[1;30m",
        "R" => "\x1b[1;31m",
        "G" => "\x1b[1;32m",
        "Y" => "\x1b[1;33m",
        "B" => "\x1b[1;34m",
        "M" => "\x1b[1;35m",
        "C" => "\x1b[1;36m",
        "W" => "\x1b[1;37m",
        _ => null,
    };
}
