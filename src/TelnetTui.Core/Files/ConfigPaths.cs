namespace TelnetTui.Core.Files;

/// <summary>
/// Where config.toml and book.toml live: $XDG_CONFIG_HOME/telnettui, else ~/.config/telnettui
/// (XDG Base Directory Specification: a relative XDG_CONFIG_HOME is ignored). With --config FILE
/// the book sits beside that file.
/// </summary>
public sealed record ConfigPaths(string ConfigFile, string BookFile)
{
    public const string AppFolderName = "telnettui";
    public const string ConfigFileName = "config.toml";
    public const string BookFileName = "book.toml";

    public string Directory => Path.GetDirectoryName(ConfigFile)!;

    /// <summary>The default paths, from the environment (<paramref name="environment"/> returns a variable's value or null).</summary>
    public static ConfigPaths Resolve(Func<string, string?> environment)
    {
        var folder = Path.Combine(AppFolders.XdgHome(environment, "XDG_CONFIG_HOME", ".config"), AppFolderName);
        return new ConfigPaths(Path.Combine(folder, ConfigFileName), Path.Combine(folder, BookFileName));
    }

    public static ConfigPaths FromEnvironment() => Resolve(Environment.GetEnvironmentVariable);

    /// <summary>An explicit config file (--config FILE); book.toml goes beside it.</summary>
    public static ConfigPaths ForConfigFile(string configFile)
    {
        var full = Path.GetFullPath(configFile);
        return new ConfigPaths(full, Path.Combine(Path.GetDirectoryName(full)!, BookFileName));
    }
}
