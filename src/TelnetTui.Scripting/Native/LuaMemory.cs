using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TelnetTui.Scripting.Native;

/// <summary>
/// The allocator of a script state (lua_Alloc): native memory with a byte count and a cap. The cap
/// is enforced only while script code runs (<see cref="Enforcing"/>): a refused allocation there
/// becomes Lua's "not enough memory" error, raised and caught inside Lua's own C frames. While the
/// engine itself pushes values (C# callbacks, event arguments) allocations always succeed, because
/// a failure there would longjmp across a managed frame; those pushes are bounded by the engine's
/// own limits, so the overshoot is bounded too.
/// </summary>
internal sealed unsafe class LuaMemory : IDisposable
{
    private Counters* _counters;

    public LuaMemory(long limitBytes)
    {
        _counters = (Counters*)NativeMemory.AllocZeroed((nuint)sizeof(Counters));
        _counters->Limit = limitBytes;
    }

    /// <summary>Passed to lua_newstate with <see cref="UserData"/>.</summary>
    public static delegate* unmanaged[Cdecl]<nint, nint, nuint, nuint, nint> Function => &Allocate;

    public nint UserData => (nint)_counters;

    /// <summary>Bytes Lua holds right now.</summary>
    public long Used => _counters->Used;

    /// <summary>Most bytes Lua held at once.</summary>
    public long Peak => _counters->Peak;

    public long Limit => _counters->Limit;

    /// <summary>Allocations refused because of the cap.</summary>
    public long Refusals => _counters->Refusals;

    public bool Enforcing
    {
        get => _counters->Enforcing != 0;
        set => _counters->Enforcing = value ? 1 : 0;
    }

    public void Dispose()
    {
        // Called after lua_close, which frees every block through Allocate.
        if (_counters != null)
        {
            NativeMemory.Free(_counters);
            _counters = null;
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static nint Allocate(nint userData, nint block, nuint oldSize, nuint newSize)
    {
        var c = (Counters*)userData;
        if (newSize == 0)
        {
            if (block != 0)
            {
                NativeMemory.Free((void*)block);
                c->Used -= (long)oldSize;
            }
            return 0;
        }
        // With block == NULL, oldSize is the type of the new object, not a size (lua_Alloc, §4.1).
        var old = block == 0 ? 0 : (long)oldSize;
        var growth = (long)newSize - old;
        // Lua assumes shrinking never fails; only growth is refused.
        if (growth > 0 && c->Enforcing != 0 && c->Used + growth > c->Limit)
        {
            c->Refusals++;
            return 0;
        }
        var result = NativeMemory.Realloc((void*)block, newSize);
        if (result == null)
            return 0;
        c->Used += growth;
        if (c->Used > c->Peak)
            c->Peak = c->Used;
        return (nint)result;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Counters
    {
        public long Used;
        public long Peak;
        public long Limit;
        public long Refusals;
        public int Enforcing;
    }
}
