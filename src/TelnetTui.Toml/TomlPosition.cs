namespace TelnetTui.Toml;

/// <summary>
/// A place in a TOML source: 1-based line and column (columns count Unicode scalar values, so a
/// person counting characters in an editor lands on the same spot) and the 0-based UTF-16 offset.
/// </summary>
public readonly record struct TomlPosition(string? File, int Line, int Column, int Offset)
{
    /// <summary>"config.toml:12:7", or "line 12, column 7" when the text has no file name.</summary>
    public override string ToString() =>
        File is null ? $"line {Line}, column {Column}" : $"{File}:{Line}:{Column}";
}
