namespace TelnetTui.Core.Settings;

/// <summary>The [scripts] table. An empty folder means $XDG_CONFIG_HOME/telnettui/scripts.</summary>
public sealed record ScriptingSettings
{
    public string Folder { get; init; } = "";
}
