namespace TelnetTui.Scripting.Pane;

/// <summary>What a line in the script pane's output is.</summary>
public enum ScriptOutputKind
{
    /// <summary>log()/print() from a script.</summary>
    Log,
    /// <summary>A script error (with file and line when known).</summary>
    Error,
    /// <summary>What the console printed for an evaluated line.</summary>
    Result,
    /// <summary>The console line the user entered, echoed.</summary>
    Input,
    /// <summary>The engine's own notes (script loaded, reloaded, trigger disabled).</summary>
    Info,
}
