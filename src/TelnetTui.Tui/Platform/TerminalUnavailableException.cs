namespace TelnetTui.Tui.Platform;

/// <summary>The UI cannot start: standard input or output is not a terminal (a pipe, a file, /dev/null).</summary>
public sealed class TerminalUnavailableException(string message) : Exception(message);
