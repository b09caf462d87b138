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

    /// <summary>
    /// The SGR parameters that set <paramref name="colour"/> as the foreground: 30-37 and 90-97 for the
    /// names (ECMA-48 §8.3.117 and the aixterm bright set), 38;2;R;G;B for #rrggbb (ITU T.416 direct
    /// colour as xterm reads it). Null when it is not a colour <see cref="Check"/> accepts.
    /// </summary>
    public static string? ForegroundSgr(string colour)
    {
        for (var index = 0; index < Names.Count; index++)
        {
            if (Names[index] == colour)
                return (index < 8 ? 30 + index : 90 + index - 8).ToString(CultureInfo.InvariantCulture);
        }
        if (colour.Length == 7 && colour[0] == '#' && int.TryParse(colour.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
            return string.Create(CultureInfo.InvariantCulture, $"38;2;{(rgb >> 16) & 0xFF};{(rgb >> 8) & 0xFF};{rgb & 0xFF}");
        return null;
    }
}
