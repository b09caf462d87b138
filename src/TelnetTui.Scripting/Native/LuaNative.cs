using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TelnetTui.Scripting.Native;

/// <summary>
/// The slice of the Lua 5.4 C API the engine uses, bound directly to the native library that the
/// KeraLua package ships (liblua54). We bind it ourselves rather than going through KeraLua's
/// <c>Lua</c> class because callbacks must take the raw <c>lua_State*</c> of whichever coroutine
/// called them (KeraLua's <c>FromIntPtr</c> allocates a wrapper and swaps a weak GCHandle into the
/// thread's extra space on every call) and because <c>[UnmanagedCallersOnly]</c> function pointers
/// are cheaper than delegates. Nothing here may raise a Lua error from a managed frame: .NET does
/// not support longjmp across managed frames, so every function we call from C# is one that
/// cannot throw given how we call it (see ScriptRuntime).
/// </summary>
internal static unsafe partial class LuaNative
{
    private const string Library = "lua54";

    /// <summary>LUA_REGISTRYINDEX: -LUAI_MAXSTACK - 1000 with the default LUAI_MAXSTACK of 1,000,000.</summary>
    public const int RegistryIndex = -1_000_000 - 1000;

    /// <summary>LUA_MULTRET.</summary>
    public const int MultipleResults = -1;

    /// <summary>LUA_RIDX_GLOBALS: the globals table in the registry.</summary>
    public const long GlobalsSlot = 2;

    /// <summary>LUA_NOREF / LUA_REFNIL from lauxlib.h.</summary>
    public const int NoRef = -2;

    /// <summary>LUA_MINSTACK: slots a C function may use without lua_checkstack.</summary>
    public const int MinStack = 20;

    public const int StatusOk = 0;
    public const int StatusYield = 1;
    public const int StatusRuntimeError = 2;
    public const int StatusSyntaxError = 3;
    public const int StatusMemoryError = 4;
    public const int StatusErrorInHandler = 5;

    public const int TypeNone = -1;
    public const int TypeNil = 0;
    public const int TypeBoolean = 1;
    public const int TypeLightUserData = 2;
    public const int TypeNumber = 3;
    public const int TypeString = 4;
    public const int TypeTable = 5;
    public const int TypeFunction = 6;
    public const int TypeUserData = 7;
    public const int TypeThread = 8;

    /// <summary>LUA_GCCOLLECT.</summary>
    public const int GcCollect = 2;

    public static int UpValueIndex(int i) => RegistryIndex - i;

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial nint lua_newstate(delegate* unmanaged[Cdecl]<nint, nint, nuint, nuint, nint> allocator, nint userData);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void lua_close(nint L);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void luaL_openlibs(nint L);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial nint lua_newthread(nint L);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int lua_resume(nint L, nint from, int nargs, int* nresults);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int lua_status(nint L);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int lua_isyieldable(nint L);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int lua_pcallk(nint L, int nargs, int nresults, int msgh, nint ctx, nint k);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int luaL_loadbufferx(nint L, byte* buffer, nuint size, byte* name, byte* mode);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int lua_gettop(nint L);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void lua_settop(nint L, int index);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void lua_pushvalue(nint L, int index);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void lua_rotate(nint L, int index, int n);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void lua_xmove(nint from, nint to, int n);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int lua_checkstack(nint L, int n);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int lua_type(nint L, int index);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int lua_isinteger(nint L, int index);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial byte* lua_tolstring(nint L, int index, nuint* length);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial double lua_tonumberx(nint L, int index, int* isNumber);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial long lua_tointegerx(nint L, int index, int* isNumber);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int lua_toboolean(nint L, int index);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial nint lua_touserdata(nint L, int index);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial nint lua_tothread(nint L, int index);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int lua_rawequal(nint L, int index1, int index2);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void lua_pushnil(nint L);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void lua_pushnumber(nint L, double n);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void lua_pushinteger(nint L, long n);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial byte* lua_pushlstring(nint L, byte* s, nuint length);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void lua_pushboolean(nint L, int b);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void lua_pushlightuserdata(nint L, nint p);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void lua_pushcclosure(nint L, delegate* unmanaged[Cdecl]<nint, int> fn, int n);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void lua_createtable(nint L, int narr, int nrec);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int lua_rawget(nint L, int index);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int lua_rawgeti(nint L, int index, long n);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void lua_rawset(nint L, int index);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void lua_rawseti(nint L, int index, long n);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial ulong lua_rawlen(nint L, int index);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int lua_next(nint L, int index);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int luaL_ref(nint L, int table);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void luaL_unref(nint L, int table, int reference);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int lua_getstack(nint L, int level, LuaDebugRecord* ar);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int lua_getinfo(nint L, byte* what, LuaDebugRecord* ar);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void luaL_traceback(nint L, nint L1, byte* message, int level);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int lua_gc(nint L, int what, int data);

    /// <summary>lua_pop.</summary>
    public static void lua_pop(nint L, int n) => lua_settop(L, -n - 1);

    /// <summary>lua_insert.</summary>
    public static void lua_insert(nint L, int index) => lua_rotate(L, index, 1);

    /// <summary>lua_remove.</summary>
    public static void lua_remove(nint L, int index)
    {
        lua_rotate(L, index, -1);
        lua_pop(L, 1);
    }

    /// <summary>lua_getextraspace: the pointer-sized block Lua keeps in front of every thread (copied from the main thread).</summary>
    public static nint* ExtraSpace(nint L) => (nint*)(L - sizeof(nint));
}
