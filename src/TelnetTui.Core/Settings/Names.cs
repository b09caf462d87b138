namespace TelnetTui.Core.Settings;

/// <summary>Checks for names settings hold; each returns null when fine or a problem in words.</summary>
internal static class Names
{
    /// <summary>RFC 1010/1091 terminal type names: at most 40 printable ASCII characters.</summary>
    public const int MaxTerminalTypeLength = 40;

    public static string? TerminalType(string name) =>
        name.Length is 0 or > MaxTerminalTypeLength || name.Any(c => c is < '!' or > '~')
            ? $"'{name}' is not a terminal type name (1 to {MaxTerminalTypeLength} printable ASCII characters, no spaces, e.g. \"xterm-256color\" or \"ansi\")"
            : null;

    public static string? Theme(string name) =>
        name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') || name.StartsWith('.')
            ? $"'{name}' is not a theme name (letters, digits, '-', '_', '.'; the file is themes/NAME.toml)"
            : null;

    /// <summary>GMCP Core.Supports.Set entries: "Package.Sub version".</summary>
    public static string? GmcpModule(string entry)
    {
        var parts = entry.Split(' ');
        var ok = parts.Length == 2 && parts[0].Length > 0 && parts[0].All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')
                 && parts[1].Length > 0 && parts[1].All(char.IsAsciiDigit);
        return ok ? null : $"'{entry}' is not a GMCP module entry (\"Package version\", e.g. \"Char.Vitals 1\")";
    }

    public static string? ClientName(string name) =>
        name.Length is 0 or > 64 || name.Any(c => c is < ' ' or > '~')
            ? $"'{name}' is not a client name (1 to 64 printable ASCII characters)"
            : null;

    public static string? NotEmpty(string value) => value.Length == 0 ? "must not be empty" : null;
}
