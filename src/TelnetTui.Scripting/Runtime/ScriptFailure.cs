namespace TelnetTui.Scripting.Runtime;

/// <summary>A script error: the message Lua gave, the script and line it points at, and a traceback.</summary>
public sealed record ScriptFailure(string Message, string? Script, int? Line, string? Traceback = null)
{
    public override string ToString() => Message;
}
