using System.Globalization;

namespace TelnetTui.Core.Book;

/// <summary>Colours a trigger may highlight with: the 16 ANSI names or "#rrggbb".</summary>
public static class HostColours
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ];

    public static string? Check(string colour)
    {
        if (Names.Contains(colour))
            return null;
        if (colour.Length == 7 && colour[0] == '#' && int.TryParse(colour.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _))
            return null;
        return $"'{colour}' is not a colour; use \"#rrggbb\" or one of {string.Join(", ", Names)}";
    }
}
