namespace TelnetTui.Scripting.Runtime;

/// <summary>
/// A bad call from a script into the engine ("bad argument #1 to 'send' ..."). Thrown inside C#
/// API bodies, caught at the native boundary, and raised in Lua by the sandbox's wrapper with the
/// caller's file and line.
/// </summary>
public sealed class ScriptApiException(string message) : Exception(message);
