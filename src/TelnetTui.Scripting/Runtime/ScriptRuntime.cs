using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using TelnetTui.Scripting.Native;
using static TelnetTui.Scripting.Native.LuaNative;

namespace TelnetTui.Scripting.Runtime;

/// <summary>
/// One sandboxed Lua 5.4 state: created with a capped allocator, prepared by Sandbox.lua, and run
/// only as tasks (coroutines) that carry an instruction budget. The rule that keeps the process
/// safe: no Lua error ever unwinds through a .NET frame. Script code runs only inside lua_resume
/// (errors are caught in Lua's own C frames), engine functions report bad calls as values that the
/// sandbox turns into errors, the cap is enforced only while script code runs, and every other
/// call we make into Lua is one that cannot raise.
/// Not thread-safe: the owner serialises all calls.
/// </summary>
internal sealed unsafe partial class ScriptRuntime : IDisposable
{
    /// <summary>Chunk name of the sandbox prelude; its frames are skipped when an error is located.</summary>
    public const string PreludeChunk = "=[telnettui]";

    /// <summary>Idle threads kept for reuse.</summary>
    public const int MaxIdleTasks = 16;

    /// <summary>Light userdata marking a failed engine call (the sandbox raises the message that follows).</summary>
    internal const nint FailMarker = 0x7E1E_FA11;

    /// <summary>Light userdata a task yields when it waits (wait_for, expect, sleep).</summary>
    internal const nint WaitMarker = 0x7E1E_0A17;

    private const string PreludeShortSource = "[telnettui]";

    private readonly LuaMemory _memory;
    private readonly InstructionBudget _budget;
    private readonly IScriptApi _api;
    private readonly Stack<LuaTask> _idle = new();
    private GCHandle _self;
    private nint _main;
    private int _armRef;
    private int _consoleRef;

    public ScriptRuntime(IScriptApi api, ScriptLimits limits)
    {
        _api = api;
        _budget = new InstructionBudget(limits.InstructionsPerCallback, limits.HookInterval, limits.TimePerCallback);
        _memory = new LuaMemory(limits.MemoryBytes);
        _main = lua_newstate(LuaMemory.Function, _memory.UserData);
        if (_main == 0)
        {
            _memory.Dispose();
            throw new InvalidOperationException("Lua could not create a state (out of memory)");
        }
        _self = GCHandle.Alloc(this);
        *ExtraSpace(_main) = GCHandle.ToIntPtr(_self);
        luaL_openlibs(_main);
        RunPrelude();
    }

    /// <summary>The task whose code is running now (null between calls).</summary>
    public LuaTask? Current { get; private set; }

    public bool IsRunning => Current is not null;

    public long MemoryUsed => _memory.Used;

    public long MemoryPeak => _memory.Peak;

    public long MemoryLimit => _memory.Limit;

    public InstructionBudget Budget => _budget;

    /// <summary>A thread to run script code on (reused when one is idle).</summary>
    public LuaTask Acquire()
    {
        ThrowIfDisposed();
        var task = _idle.Count > 0 ? _idle.Pop() : NewTask();
        task.Owner = null;
        return task;
    }

    /// <summary>Returns a task that finished normally to the pool.</summary>
    public void Release(LuaTask task)
    {
        lua_settop(task.State, 0);
        task.Owner = null;
        if (_idle.Count < MaxIdleTasks && lua_status(task.State) == StatusOk)
            _idle.Push(task);
        else
            Discard(task);
    }

    /// <summary>Drops a task (failed, or waiting when the engine shuts down); Lua collects the thread.</summary>
    public void Discard(LuaTask task)
    {
        if (_main != 0)
            luaL_unref(_main, RegistryIndex, task.Reference);
    }

    public LuaStack StackOf(LuaTask task) => new(task.State);

    /// <summary>Pushes a registry value (a callback) onto a task's stack.</summary>
    public void PushReference(LuaTask task, int reference) => lua_rawgeti(task.State, RegistryIndex, reference);

    /// <summary>Pushes the console helper (prints a chunk's results) onto a task's stack.</summary>
    public void PushConsoleHelper(LuaTask task) => lua_rawgeti(task.State, RegistryIndex, _consoleRef);

    public void Unreference(int reference)
    {
        if (_main != 0 && reference > 0)
            luaL_unref(_main, RegistryIndex, reference);
    }

    /// <summary>Compiles text onto the task's stack as a function; the failure otherwise.</summary>
    public ScriptFailure? Load(LuaTask task, ReadOnlySpan<byte> source, string chunkName)
    {
        var name = Encoding.UTF8.GetBytes(chunkName + "\0");
        int status;
        _memory.Enforcing = true;
        try
        {
            fixed (byte* s = source)
            fixed (byte* n = name)
            fixed (byte* mode = "t\0"u8)
                status = luaL_loadbufferx(task.State, s, (nuint)source.Length, n, mode);
        }
        finally
        {
            _memory.Enforcing = false;
        }
        if (status == StatusOk)
            return null;
        var message = new LuaStack(task.State).ToText(-1) ?? "syntax error";
        lua_pop(task.State, 1);
        return FailureFromMessage(message);
    }

    /// <summary>
    /// Runs (or continues) a task: the function and its <paramref name="arguments"/> (or the values a
    /// waiting task resumes with) are on its stack. Results of a finished task stay on its stack.
    /// </summary>
    public LuaTaskStatus Resume(LuaTask task, int arguments, out int results, out ScriptFailure? failure)
    {
        ThrowIfDisposed();
        if (Current is not null)
            throw new InvalidOperationException("the script engine is not re-entrant: a script is already running");
        Current = task;
        _budget.Start();
        int status, count;
        _memory.Enforcing = true;
        try
        {
            status = lua_resume(task.State, _main, arguments, &count);
        }
        finally
        {
            _memory.Enforcing = false;
            Current = null;
        }
        results = 0;
        failure = null;
        switch (status)
        {
            case StatusOk:
                results = count;
                return LuaTaskStatus.Finished;
            case StatusYield:
                if (count == 1 && lua_type(task.State, -1) == TypeLightUserData && lua_touserdata(task.State, -1) == WaitMarker)
                {
                    lua_pop(task.State, 1);
                    return LuaTaskStatus.Waiting;
                }
                failure = Locate(task, "attempt to yield from outside a coroutine");
                Discard(task);
                return LuaTaskStatus.Failed;
            default:
                failure = Describe(task, status);
                Discard(task);
                return LuaTaskStatus.Failed;
        }
    }

    /// <summary>Forces a full collection (after a script hit the memory cap, say).</summary>
    public void Collect() => lua_gc(_main, GcCollect, 0);

    public void Dispose()
    {
        if (_main == 0)
            return;
        _memory.Enforcing = false;
        lua_close(_main);
        _main = 0;
        _idle.Clear();
        _self.Free();
        _memory.Dispose();
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_main == 0, this);

    private LuaTask NewTask()
    {
        var thread = lua_newthread(_main);
        var reference = luaL_ref(_main, RegistryIndex);
        // Arm the budget hook on the new thread (trusted prelude code; cannot fail but for memory).
        lua_rawgeti(_main, RegistryIndex, _armRef);
        lua_rawgeti(_main, RegistryIndex, reference);
        if (lua_pcallk(_main, 1, 0, 0, 0, 0) != StatusOk)
        {
            var message = new LuaStack(_main).ToText(-1);
            lua_pop(_main, 1);
            luaL_unref(_main, RegistryIndex, reference);
            throw new InvalidOperationException("could not prepare a Lua thread: " + message);
        }
        return new LuaTask(thread, reference);
    }

    private void RunPrelude()
    {
        using var stream = typeof(ScriptRuntime).Assembly.GetManifestResourceStream("TelnetTui.Scripting.Sandbox.lua")
            ?? throw new InvalidOperationException("Sandbox.lua is not embedded");
        var source = new byte[stream.Length];
        stream.ReadExactly(source);
        var name = Encoding.UTF8.GetBytes(PreludeChunk + "\0");
        int status;
        fixed (byte* s = source)
        fixed (byte* n = name)
        fixed (byte* mode = "t\0"u8)
            status = luaL_loadbufferx(_main, s, (nuint)source.Length, n, mode);
        if (status == StatusOk)
        {
            PushHostTable();
            lua_pushlightuserdata(_main, FailMarker);
            lua_pushlightuserdata(_main, WaitMarker);
            lua_pushinteger(_main, _budget.Interval);
            status = lua_pcallk(_main, 4, 1, 0, 0, 0);
        }
        var stack = new LuaStack(_main);
        if (status != StatusOk)
            throw new InvalidOperationException("the script sandbox failed to start: " + stack.ToText(-1));
        _armRef = FieldReference("arm");
        _consoleRef = FieldReference("console");
        lua_pop(_main, 1);
    }

    private int FieldReference(string name)
    {
        var stack = new LuaStack(_main);
        stack.PushString(name);
        lua_rawget(_main, -2);
        return luaL_ref(_main, RegistryIndex);
    }

    private void PushHostTable()
    {
        var stack = new LuaStack(_main);
        var functions = Enum.GetValues<ApiFunction>();
        stack.NewTable(0, functions.Length);
        foreach (var function in functions)
        {
            lua_pushinteger(_main, (long)function);
            lua_pushcclosure(_main, &Dispatch, 1);
            stack.SetField(-2, ApiNames.Of(function));
        }
    }

    /// <summary>The one native entry for every engine function; the upvalue says which.</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int Dispatch(nint state)
    {
        ScriptRuntime? runtime;
        try
        {
            runtime = GCHandle.FromIntPtr(*ExtraSpace(state)).Target as ScriptRuntime;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
        if (runtime is null)
            return 0;
        var function = (ApiFunction)lua_tointegerx(state, UpValueIndex(1), null);
        var enforcing = runtime._memory.Enforcing;
        runtime._memory.Enforcing = false;
        try
        {
            switch (function)
            {
                case ApiFunction.Tick:
                    if (!runtime._budget.Tick())
                        return 0;
                    new LuaStack(state).PushString(runtime._budget.Message);
                    return 1;
                case ApiFunction.Tripped:
                    lua_pushboolean(state, runtime._budget.Tripped ? 1 : 0);
                    return 1;
                default:
                    return runtime._api.Call(function, new LuaStack(state));
            }
        }
        catch (ScriptApiException e)
        {
            return PushFail(state, e.Message);
        }
        catch (RegexMatchTimeoutException e)
        {
            return PushFail(state, $"{ApiNames.Of(function)}: the pattern took longer than {e.MatchTimeout.TotalMilliseconds:0} ms");
        }
        catch (Exception e)
        {
            return PushFail(state, $"{ApiNames.Of(function)}: {e.Message}");
        }
        finally
        {
            runtime._memory.Enforcing = enforcing;
        }
    }

    private static int PushFail(nint state, string message)
    {
        if (lua_checkstack(state, 2) == 0)
            return 0;
        lua_pushlightuserdata(state, FailMarker);
        new LuaStack(state).PushString(message);
        return 2;
    }
}
