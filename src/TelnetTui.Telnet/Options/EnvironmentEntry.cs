namespace TelnetTui.Telnet.Options;

/// <summary>One variable of an ENVIRON/NEW-ENVIRON list: its type (VAR or USERVAR), name, and value (null when absent/undefined).</summary>
internal readonly record struct EnvironmentEntry(byte Type, string Name, string? Value);
