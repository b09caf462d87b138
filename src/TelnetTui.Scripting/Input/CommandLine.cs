using System.Globalization;
using System.Text;

namespace TelnetTui.Scripting.Input;

/// <summary>
/// The command syntax of the input line (as MUD clients have it): <c>;</c> separates commands
/// (<c>\;</c> is a literal semicolon) and a leading <c>#N </c> repeats a command N times
/// (<c>#3 north</c>). Around separators, spaces are trimmed; a line without any is kept verbatim.
/// </summary>
public static class CommandLine
{
    public const char Separator = ';';
    public const char Escape = '\\';
    public const char RepeatMark = '#';

    /// <summary>Largest N in <c>#N</c>: a typo must not flood the server.</summary>
    public const int MaxRepeat = 100;

    /// <summary>The commands of <paramref name="line"/> with their repeat counts; an error for a bad <c>#N</c>.</summary>
    public static IReadOnlyList<Command> Split(string line, out string? error)
    {
        error = null;
        var parts = SplitOnSeparators(line);
        var single = parts.Count == 1;
        var commands = new List<Command>(parts.Count);
        foreach (var raw in parts)
        {
            var part = single ? raw : raw.Trim();
            if (!single && part.Length == 0)
                continue;
            if (!TryRepeat(part, out var text, out var count, ref error))
                return [];
            commands.Add(new Command(text, count));
        }
        return commands;
    }

    private static List<string> SplitOnSeparators(string line)
    {
        var parts = new List<string>();
        if (line.IndexOf(Separator) < 0)
        {
            parts.Add(line);
            return parts;
        }
        var sb = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == Escape && i + 1 < line.Length && line[i + 1] == Separator)
            {
                sb.Append(Separator);
                i++;
            }
            else if (c == Separator)
            {
                parts.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }
        parts.Add(sb.ToString());
        return parts;
    }

    /// <summary>"#3 north" → ("north", 3); text without a leading #digits is one command.</summary>
    private static bool TryRepeat(string part, out string text, out int count, ref string? error)
    {
        text = part;
        count = 1;
        if (part.Length < 2 || part[0] != RepeatMark || !char.IsAsciiDigit(part[1]))
            return true;
        var end = 1;
        while (end < part.Length && char.IsAsciiDigit(part[end]))
            end++;
        if (end < part.Length && part[end] != ' ')
            return true; // "#3rd" is text, not a repeat
        var rest = part[end..].TrimStart(' ');
        if (rest.Length == 0)
        {
            error = $"'{part}': nothing to repeat (write #N command)";
            return false;
        }
        if (!int.TryParse(part.AsSpan(1, end - 1), NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > MaxRepeat)
        {
            error = $"'{part}': the repeat count must be 1 to {MaxRepeat}";
            return false;
        }
        text = rest;
        return true;
    }
}
