using System.Buffers;
using System.Globalization;
using System.Text;
using TelnetTui.Scripting.Native;
using static TelnetTui.Scripting.Native.LuaNative;

namespace TelnetTui.Scripting.Runtime;

/// <summary>
/// The stack of one Lua thread as C# sees it inside a call: typed reads that never convert in place,
/// pushes that encode UTF-8 without a managed round trip, and argument checks that throw
/// <see cref="ScriptApiException"/> (turned into a Lua error by the sandbox's wrapper, never by
/// lua_error from C#).
/// </summary>
internal readonly unsafe struct LuaStack(nint state)
{
    /// <summary>Strings up to this many UTF-8 bytes are encoded on the native stack.</summary>
    private const int StackEncodeLimit = 512;

    public nint State { get; } = state;

    public int Top => lua_gettop(State);

    /// <summary>Whether code running on this thread may yield now (lua_isyieldable).</summary>
    public bool IsYieldable => lua_isyieldable(State) != 0;

    public int TypeAt(int index) => lua_type(State, index);

    public bool IsNoneOrNil(int index) => lua_type(State, index) <= TypeNil;

    public string TypeNameAt(int index) => TypeName(lua_type(State, index));

    public static string TypeName(int type) => type switch
    {
        TypeNone => "no value",
        TypeNil => "nil",
        TypeBoolean => "boolean",
        TypeLightUserData or TypeUserData => "userdata",
        TypeNumber => "number",
        TypeString => "string",
        TypeTable => "table",
        TypeFunction => "function",
        TypeThread => "thread",
        _ => "?",
    };

    /// <summary>The string at <paramref name="index"/>, or a number formatted as Lua would; null for other types.</summary>
    public string? ToText(int index)
    {
        switch (lua_type(State, index))
        {
            case TypeString:
                nuint length;
                var p = lua_tolstring(State, index, &length);
                return Encoding.UTF8.GetString(p, checked((int)length));
            case TypeNumber:
                return FormatNumber(index);
            default:
                return null;
        }
    }

    /// <summary>The raw bytes of a string value (valid while it stays on the stack); empty for other types.</summary>
    public ReadOnlySpan<byte> StringBytes(int index)
    {
        if (lua_type(State, index) != TypeString)
            return default;
        nuint length;
        var p = lua_tolstring(State, index, &length);
        return new ReadOnlySpan<byte>(p, checked((int)length));
    }

    public string CheckText(int index, string function)
        => ToText(index) ?? throw ArgumentError(index, function, "string");

    public string? OptText(int index, string function)
        => IsNoneOrNil(index) ? null : CheckText(index, function);

    public double CheckNumber(int index, string function)
    {
        int ok;
        var n = lua_tonumberx(State, index, &ok);
        return ok != 0 ? n : throw ArgumentError(index, function, "number");
    }

    public double? OptNumber(int index, string function) => IsNoneOrNil(index) ? null : CheckNumber(index, function);

    public long CheckInteger(int index, string function)
    {
        int ok;
        var n = lua_tointegerx(State, index, &ok);
        return ok != 0 ? n : throw ArgumentError(index, function, "integer");
    }

    public bool ToBoolean(int index) => lua_toboolean(State, index) != 0;

    public double ToNumber(int index) => lua_tonumberx(State, index, null);

    public bool IsInteger(int index) => lua_isinteger(State, index) != 0;

    public long ToInteger(int index) => lua_tointegerx(State, index, null);

    /// <summary>lua_next on the table at absolute index <paramref name="table"/> (key on top is replaced by key, value).</summary>
    public bool Next(int table) => lua_next(State, table) != 0;

    public void CheckType(int index, int type, string function)
    {
        if (lua_type(State, index) != type)
            throw ArgumentError(index, function, TypeName(type));
    }

    public ScriptApiException ArgumentError(int index, string function, string expected)
        => new($"bad argument #{index} to '{function}' ({expected} expected, got {TypeNameAt(index)})");

    /// <summary>Anchors the value at <paramref name="index"/> in the registry and returns its reference.</summary>
    public int Reference(int index)
    {
        lua_pushvalue(State, index);
        return luaL_ref(State, RegistryIndex);
    }

    public void PushReference(int reference) => lua_rawgeti(State, RegistryIndex, reference);

    public void EnsureSpace(int slots)
    {
        if (lua_checkstack(State, slots) == 0)
            throw new ScriptApiException("Lua stack overflow");
    }

    public void PushNil() => lua_pushnil(State);

    public void PushCopy(int index) => lua_pushvalue(State, index);

    public void PushBoolean(bool value) => lua_pushboolean(State, value ? 1 : 0);

    public void PushInteger(long value) => lua_pushinteger(State, value);

    public void PushNumber(double value) => lua_pushnumber(State, value);

    public void PushLightUserData(nint value) => lua_pushlightuserdata(State, value);

    public void PushString(ReadOnlySpan<char> text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max <= StackEncodeLimit)
        {
            var buffer = stackalloc byte[max];
            var n = Encoding.UTF8.GetBytes(text, new Span<byte>(buffer, max));
            lua_pushlstring(State, buffer, (nuint)n);
            return;
        }
        var rented = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            var n = Encoding.UTF8.GetBytes(text, rented);
            fixed (byte* p = rented)
                lua_pushlstring(State, p, (nuint)n);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public void NewTable(int arraySlots = 0, int recordSlots = 0) => lua_createtable(State, arraySlots, recordSlots);

    /// <summary>t[key] = value, raw, with the table at <paramref name="table"/> and the value on top (popped).</summary>
    public void SetField(int table, string key)
    {
        var t = table < 0 && table > RegistryIndex ? lua_gettop(State) + table + 1 : table;
        PushString(key);
        lua_insert(State, -2);
        lua_rawset(State, t);
    }

    /// <summary>t[i] = value, raw, with the table at <paramref name="table"/> and the value on top (popped).</summary>
    public void SetIndex(int table, long i) => lua_rawseti(State, table, i);

    public void Pop(int n) => lua_pop(State, n);

    private string FormatNumber(int index)
    {
        if (lua_isinteger(State, index) != 0)
            return lua_tointegerx(State, index, null).ToString(CultureInfo.InvariantCulture);
        return FormatFloat(lua_tonumberx(State, index, null));
    }

    /// <summary>A float as Lua's tostring prints it ("%.14g", and ".0" when it looks like an integer).</summary>
    public static string FormatFloat(double d)
    {
        if (double.IsNaN(d))
            return double.IsNegative(d) ? "-nan" : "nan";
        if (double.IsInfinity(d))
            return d > 0 ? "inf" : "-inf";
        var s = d.ToString("G14", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
        var e = s.IndexOf('e', StringComparison.Ordinal);
        if (e >= 0 && s[e + 1] != '-' && s[e + 1] != '+')
            s = s.Insert(e + 1, "+");
        if (e >= 0 && s.Length - e == 3)
            s = s.Insert(e + 2, "0"); // C prints at least two exponent digits
        return s.AsSpan().IndexOfAny('.', 'e', 'n') < 0 ? s + ".0" : s;
    }
}
