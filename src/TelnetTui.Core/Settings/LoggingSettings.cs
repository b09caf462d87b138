namespace TelnetTui.Core.Settings;

/// <summary>The [logging] table. An empty folder means the XDG default (see <see cref="Files.AppFolders"/>).</summary>
public sealed record LoggingSettings
{
    public string LogFolder { get; init; } = "";

    public string CaptureFolder { get; init; } = "";
}
