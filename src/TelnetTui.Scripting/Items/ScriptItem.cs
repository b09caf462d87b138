namespace TelnetTui.Scripting.Items;

/// <summary>Common state of a registered item: identity, enablement, hit count and where it was defined.</summary>
internal abstract class ScriptItem
{
    public int Id { get; set; }

    public abstract ScriptItemKind Kind { get; }

    public bool Enabled { get; set; } = true;

    public long Hits { get; set; }

    public string? Group { get; init; }

    /// <summary>The script that registered it ("demo.lua"), or null for the host's TOML entry.</summary>
    public string? Script { get; init; }

    public int? Line { get; init; }

    /// <summary>Declared in the host's TOML entry rather than by a script.</summary>
    public bool FromConfig { get; init; }

    public ScriptAction Action { get; init; }

    public bool Removed { get; set; }

    /// <summary>Errors in a row from its callback.</summary>
    public int Failures { get; set; }

    /// <summary>Pattern timeouts in a row.</summary>
    public int Timeouts { get; set; }

    /// <summary>"demo.lua:12", "book.toml" or "console".</summary>
    public string Source => FromConfig ? "host entry" : Script is null ? "?" : Line is { } line ? $"{Script}:{line}" : Script;
}
