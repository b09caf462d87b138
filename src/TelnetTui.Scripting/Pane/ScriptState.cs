namespace TelnetTui.Scripting.Pane;

/// <summary>Where a loaded script file is.</summary>
public enum ScriptState
{
    /// <summary>Its main chunk returned.</summary>
    Loaded,
    /// <summary>Its main chunk is parked in wait_for/expect/sleep (an automation still running).</summary>
    Waiting,
    /// <summary>It failed to compile or raised an error.</summary>
    Failed,
}
