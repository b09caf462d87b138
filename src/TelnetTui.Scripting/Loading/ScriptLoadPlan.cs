using TelnetTui.Core.Book;

namespace TelnetTui.Scripting.Loading;

/// <summary>
/// What to load for a session: the scripts folder, the host's id (for hosts/ID), the scripts the
/// host entry names, and the triggers and aliases declared in its TOML entry (no Lua needed).
/// </summary>
public sealed record ScriptLoadPlan
{
    public static readonly ScriptLoadPlan Empty = new();

    /// <summary>The resolved scripts folder ("" for none).</summary>
    public string ScriptsFolder { get; init; } = "";

    public string? HostId { get; init; }

    /// <summary>Also load global/*.lua and hosts/ID/*.lua.</summary>
    public bool Autoload { get; init; } = true;

    public IReadOnlyList<string> Scripts { get; init; } = [];

    public IReadOnlyList<TriggerRule> Triggers { get; init; } = [];

    public IReadOnlyList<AliasRule> Aliases { get; init; } = [];

    /// <summary>The plan for a book entry, with the scripts folder resolved by the caller (AppFolders.Scripts).</summary>
    public static ScriptLoadPlan ForHost(HostEntry host, string scriptsFolder) => new()
    {
        ScriptsFolder = scriptsFolder,
        HostId = host.Id,
        Scripts = host.Scripts,
        Triggers = host.Triggers,
        Aliases = host.Aliases,
    };
}
