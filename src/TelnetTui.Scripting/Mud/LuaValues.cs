using System.Globalization;
using TelnetTui.Scripting.Runtime;
using TelnetTui.Telnet.Values;
using static TelnetTui.Scripting.Native.LuaNative;

namespace TelnetTui.Scripting.Mud;

/// <summary>
/// GMCP/MSDP data between <see cref="MudValue"/> and Lua: objects are tables with string keys,
/// arrays are sequences (1..n), JSON null is nil, whole numbers are Lua integers. Lua to MudValue:
/// a table whose keys are exactly 1..n (n ≥ 1) is an array, any other table an object (an empty
/// table is an empty object, as Lua JSON libraries do). Reads are raw (no metamethods run).
/// </summary>
internal static class LuaValues
{
    /// <summary>Deepest nesting converted either way (cycles end here too).</summary>
    public const int MaxDepth = 64;

    public static void Push(LuaStack stack, MudValue value, int depth = 0)
    {
        stack.EnsureSpace(3);
        switch (value.Kind)
        {
            case MudValueKind.Null:
                stack.PushNil();
                break;
            case MudValueKind.Bool:
                stack.PushBoolean(value.AsBool!.Value);
                break;
            case MudValueKind.Number:
                var n = value.AsNumber!.Value;
                if (Math.Floor(n) == n && n >= long.MinValue && n < 9.2233720368547758e18)
                    stack.PushInteger((long)n);
                else
                    stack.PushNumber(n);
                break;
            case MudValueKind.String:
                stack.PushString(value.AsString!);
                break;
            case MudValueKind.Array:
                if (depth >= MaxDepth)
                    throw new ScriptApiException($"data nested deeper than {MaxDepth}");
                var items = value.Items;
                stack.NewTable(items.Count, 0);
                for (var i = 0; i < items.Count; i++)
                {
                    Push(stack, items[i], depth + 1);
                    stack.SetIndex(-2, i + 1);
                }
                break;
            case MudValueKind.Object:
                if (depth >= MaxDepth)
                    throw new ScriptApiException($"data nested deeper than {MaxDepth}");
                var members = value.Members;
                stack.NewTable(0, members.Count);
                foreach (var m in members)
                {
                    Push(stack, m.Value, depth + 1);
                    stack.SetField(-2, m.Key);
                }
                break;
        }
    }

    /// <summary>The Lua value at <paramref name="index"/> as data to send; nil is null.</summary>
    public static MudValue Read(LuaStack stack, int index, string function, int depth = 0)
    {
        switch (stack.TypeAt(index))
        {
            case TypeNone or TypeNil:
                return MudValue.Null;
            case TypeBoolean:
                return MudValue.Bool(stack.ToBoolean(index));
            case TypeNumber:
                return MudValue.Number(stack.ToNumber(index));
            case TypeString:
                return MudValue.String(stack.ToText(index)!);
            case TypeTable:
                if (depth >= MaxDepth)
                    throw new ScriptApiException($"{function}: table nested deeper than {MaxDepth} (or it contains itself)");
                return ReadTable(stack, index < 0 && index > RegistryIndex ? stack.Top + index + 1 : index, function, depth);
            default:
                throw new ScriptApiException($"{function}: cannot send a {stack.TypeNameAt(index)}");
        }
    }

    private static MudValue ReadTable(LuaStack stack, int table, string function, int depth)
    {
        stack.EnsureSpace(4);
        var members = new List<KeyValuePair<string, MudValue>>();
        var items = new List<(long Key, MudValue Value)>();
        var allIntegerKeys = true;
        stack.PushNil();
        while (stack.Next(table))
        {
            var value = Read(stack, -1, function, depth + 1);
            var keyType = stack.TypeAt(-2);
            if (keyType == TypeNumber && stack.IsInteger(-2))
            {
                var key = stack.ToInteger(-2);
                items.Add((key, value));
                members.Add(KeyValuePair.Create(key.ToString(CultureInfo.InvariantCulture), value));
            }
            else if (keyType is TypeString or TypeNumber)
            {
                allIntegerKeys = false;
                members.Add(KeyValuePair.Create(stack.ToText(-2)!, value));
            }
            else
            {
                stack.Pop(2);
                throw new ScriptApiException($"{function}: table keys must be strings or numbers, not {LuaStack.TypeName(keyType)}");
            }
            stack.Pop(1);
        }
        if (allIntegerKeys && items.Count > 0)
        {
            items.Sort((a, b) => a.Key.CompareTo(b.Key));
            if (items[0].Key == 1 && items[^1].Key == items.Count)
                return MudValue.Array(items.Select(i => i.Value));
        }
        return MudValue.Object(members);
    }
}
