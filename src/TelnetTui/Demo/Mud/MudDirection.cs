namespace TelnetTui.Demo.Mud;

/// <summary>The six directions of the demo world, their abbreviations (as typed and as GMCP Room.Info exits use them).</summary>
internal static class MudDirection
{
    public static readonly string[] All = ["north", "east", "south", "west", "up", "down"];

    /// <summary>"north" → "n" and so on.</summary>
    public static string Short(string direction) => direction[..1];

    /// <summary>"n", "north", "No" → "north"; null when it is not a direction.</summary>
    public static string? Parse(string word)
    {
        if (word.Length == 0)
            return null;
        foreach (var d in All)
        {
            if (d.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                return d;
        }
        return null;
    }

    public static string Opposite(string direction) => direction switch
    {
        "north" => "south",
        "south" => "north",
        "east" => "west",
        "west" => "east",
        "up" => "below",
        _ => "above",
    };
}
