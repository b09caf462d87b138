namespace TelnetTui.Core.Files;

/// <summary>
/// The folders settings leave empty default to the XDG base directories: logs in
/// $XDG_STATE_HOME/telnettui/logs, captures in $XDG_DATA_HOME/telnettui/captures, scripts in
/// $XDG_CONFIG_HOME/telnettui/scripts. A leading "~/" in a setting means the home folder.
/// </summary>
public static class AppFolders
{
    public static string Logs(string setting, Func<string, string?> environment) =>
        Resolve(setting, environment, "XDG_STATE_HOME", Path.Combine(".local", "state"), "logs");

    public static string Captures(string setting, Func<string, string?> environment) =>
        Resolve(setting, environment, "XDG_DATA_HOME", Path.Combine(".local", "share"), "captures");

    public static string Scripts(string setting, Func<string, string?> environment) =>
        Resolve(setting, environment, "XDG_CONFIG_HOME", ".config", "scripts");

    /// <summary>$VARIABLE when it is an absolute path, else ~/<paramref name="fallback"/>.</summary>
    public static string XdgHome(Func<string, string?> environment, string variable, string fallback)
    {
        var value = environment(variable);
        if (!string.IsNullOrEmpty(value) && Path.IsPathRooted(value))
            return value;
        return Path.Combine(Home(environment), fallback);
    }

    public static string Home(Func<string, string?> environment)
    {
        var home = environment("HOME");
        return string.IsNullOrEmpty(home) ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) : home;
    }

    public static string ExpandHome(string path, Func<string, string?> environment) =>
        path == "~" ? Home(environment) : path.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(Home(environment), path[2..]) : path;

    private static string Resolve(string setting, Func<string, string?> environment, string variable, string fallback, string leaf) =>
        setting.Length > 0
            ? ExpandHome(setting, environment)
            : Path.Combine(XdgHome(environment, variable, fallback), ConfigPaths.AppFolderName, leaf);
}
