namespace TelnetTui.Core.Settings;

/// <summary>A side pane: whether it is open at start and how much of the screen it takes, in percent.</summary>
public sealed record PaneSettings(bool Open, int SizePercent)
{
    public const int MinSizePercent = 10;
    public const int MaxSizePercent = 90;
}
