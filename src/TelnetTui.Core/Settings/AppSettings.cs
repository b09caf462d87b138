namespace TelnetTui.Core.Settings;

/// <summary>Everything in config.toml, as plain values with their defaults.</summary>
public sealed record AppSettings
{
    public UiSettings Ui { get; init; } = new();

    public LoggingSettings Logging { get; init; } = new();

    public TelnetSettings Telnet { get; init; } = new();

    public ScriptingSettings Scripts { get; init; } = new();

    public static AppSettings Defaults { get; } = new();
}
