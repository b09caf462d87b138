namespace TelnetTui.Scripting.Runtime;

/// <summary>
/// A Lua thread the engine runs script code on: each callback, each script's main chunk and each
/// console line runs as one task, so any of them may wait (wait_for, expect, sleep) by yielding.
/// </summary>
internal sealed class LuaTask(nint state, int reference)
{
    /// <summary>The thread's lua_State*.</summary>
    public nint State { get; } = state;

    /// <summary>Registry reference that keeps the thread alive.</summary>
    public int Reference { get; } = reference;

    /// <summary>Who wants to know when the task ends (a script's main chunk, a console line); null for callbacks.</summary>
    public object? Owner { get; set; }
}
