namespace TelnetTui.Toml;

/// <summary>Bounds that keep hostile or broken input from costing more than an error.</summary>
public static class TomlLimits
{
    /// <summary>Arrays and inline tables nested deeper than this are rejected (the parser recurses per level).</summary>
    public const int MaxNestingDepth = 200;

    /// <summary>Largest document accepted, in UTF-16 code units (64 Mi): far above any config, far below trouble.</summary>
    public const int MaxDocumentLength = 64 * 1024 * 1024;
}
