namespace TelnetTui.Cli;

/// <summary>What the common command-line options asked for, on top of a host entry and the settings.</summary>
public sealed record SessionOverrides
{
    public string? Encoding { get; init; }
    public bool ForceBinary { get; init; }
    public string? TerminalType { get; init; }
    public bool Tls { get; init; }
    public string? ConfigFile { get; init; }
    public string? LogFile { get; init; }
    public string? CaptureFile { get; init; }

    /// <summary>--cols/--rows: a fixed size reported to the host (NAWS) instead of the pane's.</summary>
    public int? Columns { get; init; }
    public int? Rows { get; init; }
}
