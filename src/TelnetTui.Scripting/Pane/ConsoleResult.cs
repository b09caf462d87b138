using TelnetTui.Scripting.Runtime;

namespace TelnetTui.Scripting.Pane;

/// <summary>
/// What the console made of one entry: the printed results, an error, or that the entry is not a
/// complete chunk yet (the pane then keeps reading lines, as the standalone lua does).
/// </summary>
public sealed record ConsoleResult(string? Text, ScriptFailure? Failure = null, bool Incomplete = false, bool Waiting = false);
