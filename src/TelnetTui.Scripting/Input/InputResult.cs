namespace TelnetTui.Scripting.Input;

/// <summary>
/// What the user's input line turned into: the command lines to send, in order (each gets the
/// host's Enter key), and an error to show when the line was refused (a bad <c>#N</c>).
/// </summary>
public sealed record InputResult(IReadOnlyList<string> Commands, string? Error = null);
