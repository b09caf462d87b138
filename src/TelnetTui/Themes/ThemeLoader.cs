using TelnetTui.Core.Settings;
using TelnetTui.Core.Themes;
using TelnetTui.Toml;
using TelnetTui.Tui;

namespace TelnetTui.Themes;

/// <summary>What loading a theme gave: the theme to use and every problem, located by file, line and column.</summary>
public sealed record ThemeLoadResult(AppTheme Theme, IReadOnlyList<SettingsDiagnostic> Diagnostics, string? Path)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>
/// Finds themes/NAME.toml — first in the user's config folder (themes/ beside config.toml), then in the
/// themes/ folder shipped beside the program — reads it with <see cref="ThemeReader"/> and maps its styles
/// onto an <see cref="AppTheme"/>. Styles a file leaves out keep the built-in default.
/// </summary>
public static class ThemeLoader
{
    public const string FolderName = "themes";
    public const string DefaultName = "default";

    /// <summary>Where themes are looked for, in order.</summary>
    public static IReadOnlyList<string> Folders(string? configDirectory) =>
        configDirectory is null
            ? [Path.Combine(AppContext.BaseDirectory, FolderName)]
            : [Path.Combine(configDirectory, FolderName), Path.Combine(AppContext.BaseDirectory, FolderName)];

    /// <summary>Theme names found in <paramref name="folders"/>, sorted, each once.</summary>
    public static IReadOnlyList<string> Available(IEnumerable<string> folders) =>
        folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.toml"))
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string? Find(string name, IEnumerable<string> folders) =>
        folders.Select(f => Path.Combine(f, name + ".toml")).FirstOrDefault(File.Exists);

    /// <summary>Loads theme <paramref name="name"/>. A missing "default" falls back to the built-in one silently.</summary>
    public static ThemeLoadResult Load(string name, IReadOnlyList<string> folders)
    {
        var path = Find(name, folders);
        if (path is null)
        {
            if (name == DefaultName)
                return new ThemeLoadResult(new AppTheme(), [], null);
            var known = Available(folders);
            var message = $"theme '{name}' not found in {string.Join(" or ", folders)}"
                          + (known.Count > 0 ? $"; available: {string.Join(", ", known)}" : "");
            return new ThemeLoadResult(new AppTheme(), [new SettingsDiagnostic(DiagnosticSeverity.Error, null, 0, 0, "ui.theme", message)], null);
        }
        ThemeFile file;
        try
        {
            file = ThemeReader.ReadFile(path);
        }
        catch (TomlException e)
        {
            return new ThemeLoadResult(new AppTheme(), [SettingsDiagnostic.FromTomlError(e)], path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ThemeLoadResult(new AppTheme(), [new SettingsDiagnostic(DiagnosticSeverity.Error, path, 0, 0, "", $"cannot read it: {e.Message}")], path);
        }
        var (theme, diagnostics) = Map(file, path);
        return new ThemeLoadResult(theme, diagnostics, path);
    }

    /// <summary>Applies a theme file's styles and palette onto the built-in defaults.</summary>
    public static (AppTheme Theme, IReadOnlyList<SettingsDiagnostic> Diagnostics) Map(ThemeFile file, string? path)
    {
        var diagnostics = new List<SettingsDiagnostic>(file.Diagnostics);
        var theme = new AppTheme { Name = file.Name };
        foreach (var entry in file.Styles)
        {
            var where = $"styles.{entry.Name}";
            if (!Style.TryParse(entry.Text, out var style, out var error))
            {
                diagnostics.Add(SettingsDiagnostic.At(DiagnosticSeverity.Error, entry.Position, path, where, error ?? "not a style"));
                continue;
            }
            if (!theme.TrySet(entry.Name, style))
            {
                diagnostics.Add(SettingsDiagnostic.At(DiagnosticSeverity.Warning, entry.Position, path, where,
                    $"unknown style name, ignored; known names: {string.Join(", ", AppTheme.Names)}"));
            }
        }
        if (file.Palette is { } palette)
            theme.Palette = palette.Select(Color.FromRgb).ToArray();
        return (theme, diagnostics);
    }
}
