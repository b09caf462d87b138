using System.Runtime.InteropServices;
using System.Text;

namespace TelnetTui.Scripting.Native;

/// <summary>lua_Debug as Lua 5.4 lays it out (lua.h; LUA_IDSIZE = 60), filled by lua_getstack/lua_getinfo.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct LuaDebugRecord
{
    public const int IdSize = 60;

    public int Event;
    public byte* Name;
    public byte* NameWhat;
    public byte* What;
    public byte* Source;
    public nuint SourceLength;
    public int CurrentLine;
    public int LineDefined;
    public int LastLineDefined;
    public byte UpValueCount;
    public byte ParameterCount;
    public byte IsVarArg;
    public byte IsTailCall;
    public ushort FirstTransfer;
    public ushort TransferCount;
    public fixed byte ShortSource[IdSize];
    private nint _callInfo;

    /// <summary>"Lua", "C", "main" (what == "S" option).</summary>
    public readonly string WhatText => What == null ? "" : Marshal.PtrToStringUTF8((nint)What) ?? "";

    /// <summary>The chunk name as given to load ("@file.lua", "=console").</summary>
    public readonly string SourceText => Source == null ? "" : Encoding.UTF8.GetString(Source, (int)SourceLength);

    /// <summary>The printable chunk name Lua uses in messages ("file.lua").</summary>
    public readonly string ShortSourceText
    {
        get
        {
            fixed (byte* p = ShortSource)
            {
                var length = new ReadOnlySpan<byte>(p, IdSize).IndexOf((byte)0);
                return Encoding.UTF8.GetString(p, length < 0 ? IdSize : length);
            }
        }
    }
}
