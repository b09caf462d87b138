namespace TelnetTui.Scripting.Runtime;

/// <summary>How a resume of a <see cref="LuaTask"/> ended.</summary>
internal enum LuaTaskStatus
{
    /// <summary>Returned; its results are on the task's stack.</summary>
    Finished,
    /// <summary>Parked in wait_for/expect/sleep.</summary>
    Waiting,
    /// <summary>Raised an error (or ran out of budget or memory); the task is discarded.</summary>
    Failed,
}
