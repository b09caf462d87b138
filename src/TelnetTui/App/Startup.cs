using TelnetTui.Cli;
using TelnetTui.Core.Files;
using TelnetTui.Core.Settings;
using TelnetTui.Themes;

namespace TelnetTui.App;

/// <summary>
/// Reads what the app needs before it takes the screen: config.toml (bad → exit 2, every problem with its
/// file:line:col), the book (a book that does not parse is reported in the app and never overwritten) and
/// the theme (bad → exit 2). Warnings do not stop the start; the app shows them.
/// </summary>
public static class Startup
{
    /// <summary>The config to run with, or null after writing the problems to <paramref name="error"/> (exit 2).</summary>
    public static AppConfig? Load(SessionOverrides overrides, TextWriter error, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var paths = overrides.ConfigFile is { } file ? ConfigPaths.ForConfigFile(file) : ConfigPaths.Resolve(environment);
        LoadedConfig loaded;
        try
        {
            loaded = new ConfigStore(paths).Load();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ConfigFileException)
        {
            error.WriteLine($"telnettui: {e.Message}");
            return null;
        }
        var settingsErrors = loaded.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && IsFile(d, paths.ConfigFile)).ToList();
        if (settingsErrors.Count > 0)
        {
            foreach (var d in settingsErrors)
                error.WriteLine($"telnettui: {d.ToString().Replace(" (running on default settings; the file is left as it is)", " (the file is left as it is)", StringComparison.Ordinal)}");
            error.WriteLine($"telnettui: fix {paths.ConfigFile} (every setting is described in appsettings.example.toml)");
            return null;
        }
        var folders = ThemeLoader.Folders(paths.Directory);
        var theme = ThemeLoader.Load(loaded.Settings.Ui.Theme, folders);
        if (theme.HasErrors)
        {
            foreach (var d in theme.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
                error.WriteLine($"telnettui: {d}");
            return null;
        }
        var warnings = loaded.Diagnostics.Where(d => !settingsErrors.Contains(d)).Concat(theme.Diagnostics).Select(d => d.ToString()).ToList();
        var notes = loaded.CreatedFiles.Select(created => $"made {created} from the example (edit it to taste)").ToList();
        return new AppConfig
        {
            Settings = loaded.Settings,
            Book = loaded.Book,
            Theme = theme.Theme,
            ThemeFolders = folders,
            Paths = paths,
            Environment = environment,
            Warnings = warnings,
            Notes = notes,
        };
    }

    private static bool IsFile(SettingsDiagnostic d, string path) =>
        d.File is not null && string.Equals(Path.GetFullPath(d.File), Path.GetFullPath(path), StringComparison.Ordinal);
}
