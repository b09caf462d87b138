using TelnetTui.Core.Book;
using TelnetTui.Core.Files;
using TelnetTui.Core.Settings;
using TelnetTui.Themes;

namespace TelnetTui.App;

/// <summary>What the app starts with: settings, the book, the theme, where themes are, and what to tell the user at once.</summary>
public sealed record AppConfig
{
    public AppSettings Settings { get; init; } = AppSettings.Defaults;

    public required ConnectionBook Book { get; init; }

    public AppTheme Theme { get; init; } = new();

    public IReadOnlyList<string> ThemeFolders { get; init; } = [];

    public ConfigPaths? Paths { get; init; }

    /// <summary>Environment variables (XDG folders, HOME); tests pass their own.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>Warnings found while loading (unknown keys, hosts left out of the book), shown in the app.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Things worth a line in the script pane that are not problems (files made on first run).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
