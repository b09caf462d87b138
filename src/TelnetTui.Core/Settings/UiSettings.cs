namespace TelnetTui.Core.Settings;

/// <summary>The [ui] table: look, scrollback, panes and keys.</summary>
public sealed record UiSettings
{
    public const int MaxScrollbackLines = 1_000_000;

    /// <summary>Pane names accepted under [ui.panes].</summary>
    public static IReadOnlyList<string> PaneNames { get; } = ["book", "inspector", "scripts"];

    /// <summary>A theme name: themes/NAME.toml (the app resolves it).</summary>
    public string Theme { get; init; } = "default";

    public int ScrollbackLines { get; init; } = 10_000;

    public IReadOnlyDictionary<string, PaneSettings> Panes { get; init; } = new Dictionary<string, PaneSettings>(StringComparer.Ordinal)
    {
        ["book"] = new(Open: true, SizePercent: 30),
        ["inspector"] = new(Open: false, SizePercent: 35),
        ["scripts"] = new(Open: false, SizePercent: 30),
    };

    /// <summary>Action → key; an action missing here is unbound.</summary>
    public IReadOnlyDictionary<string, KeyChord> KeyBindings { get; init; } = Settings.KeyBindings.Defaults;
}
