using System.Buffers;
using System.Text;

namespace TelnetTui.Telnet.Values;

/// <summary>
/// MSDP payloads (MUD Server Data Protocol): <c>VAR name VAL value</c> pairs, where a value is a string,
/// a table (<c>TABLE_OPEN VAR k VAL v ... TABLE_CLOSE</c>) or an array (<c>ARRAY_OPEN VAL v ... ARRAY_CLOSE</c>).
/// Tables become objects, arrays become arrays, and a variable with several VALs becomes an array.
/// </summary>
public static class MsdpCodec
{
    public const byte Var = 1;
    public const byte Val = 2;
    public const byte TableOpen = 3;
    public const byte TableClose = 4;
    public const byte ArrayOpen = 5;
    public const byte ArrayClose = 6;

    /// <summary>Deepest table/array nesting accepted.</summary>
    public const int MaxDepth = 32;

    /// <summary>Parses the top-level variables in order; false with an error for malformed input.</summary>
    public static bool TryParse(ReadOnlySpan<byte> payload, out List<KeyValuePair<string, MudValue>> variables, out string? error)
    {
        variables = [];
        var pos = 0;
        try
        {
            while (pos < payload.Length)
            {
                if (payload[pos] != Var)
                    throw new FormatException($"expected VAR at byte {pos}");
                pos++;
                var name = ReadString(payload, ref pos);
                variables.Add(KeyValuePair.Create(name, ReadValues(payload, ref pos, 0)));
            }
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return false;
        }
    }

    /// <summary>Encodes <c>VAR name VAL value</c>; objects become tables, arrays arrays, scalars strings.</summary>
    public static byte[] Encode(string variable, MudValue value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write([Var]);
        WriteString(buffer, variable);
        buffer.Write([Val]);
        WriteValue(buffer, value);
        return buffer.WrittenSpan.ToArray();
    }

    private static MudValue ReadValues(ReadOnlySpan<byte> p, ref int pos, int depth)
    {
        var values = new List<MudValue>(1);
        while (pos < p.Length && p[pos] == Val)
        {
            pos++;
            values.Add(ReadValue(p, ref pos, depth));
        }
        return values.Count switch
        {
            0 => MudValue.Null,
            1 => values[0],
            _ => MudValue.Array(values),
        };
    }

    private static MudValue ReadValue(ReadOnlySpan<byte> p, ref int pos, int depth)
    {
        if (pos >= p.Length)
            return MudValue.String("");
        if (p[pos] == TableOpen || p[pos] == ArrayOpen)
        {
            if (depth >= MaxDepth)
                throw new FormatException($"nesting deeper than {MaxDepth}");
            var isTable = p[pos] == TableOpen;
            pos++;
            if (isTable)
            {
                var members = new List<KeyValuePair<string, MudValue>>();
                while (pos < p.Length && p[pos] == Var)
                {
                    pos++;
                    var key = ReadString(p, ref pos);
                    members.Add(KeyValuePair.Create(key, ReadValues(p, ref pos, depth + 1)));
                }
                Expect(p, ref pos, TableClose, "TABLE_CLOSE");
                return MudValue.Object(members);
            }
            var items = new List<MudValue>();
            while (pos < p.Length && p[pos] == Val)
            {
                pos++;
                items.Add(ReadValue(p, ref pos, depth + 1));
            }
            Expect(p, ref pos, ArrayClose, "ARRAY_CLOSE");
            return MudValue.Array(items);
        }
        return MudValue.String(ReadString(p, ref pos));
    }

    private static void Expect(ReadOnlySpan<byte> p, ref int pos, byte b, string name)
    {
        if (pos >= p.Length || p[pos] != b)
            throw new FormatException($"expected {name} at byte {pos}");
        pos++;
    }

    private static string ReadString(ReadOnlySpan<byte> p, ref int pos)
    {
        var rest = p[pos..];
        var end = rest.IndexOfAnyInRange((byte)Var, ArrayClose);
        if (end < 0)
            end = rest.Length;
        pos += end;
        return System.Text.Encoding.UTF8.GetString(rest[..end]);
    }

    private static void WriteString(ArrayBufferWriter<byte> buffer, string s)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(s);
        // Control bytes 1–6 would break the framing; they cannot appear in an MSDP string.
        foreach (var b in bytes)
        {
            if (b is >= Var and <= ArrayClose)
                throw new ArgumentException($"MSDP strings cannot contain byte {b}", nameof(s));
        }
        buffer.Write(bytes);
    }

    private static void WriteValue(ArrayBufferWriter<byte> buffer, MudValue value)
    {
        switch (value.Kind)
        {
            case MudValueKind.Object:
                buffer.Write([TableOpen]);
                foreach (var m in value.Members)
                {
                    buffer.Write([Var]);
                    WriteString(buffer, m.Key);
                    buffer.Write([Val]);
                    WriteValue(buffer, m.Value);
                }
                buffer.Write([TableClose]);
                break;
            case MudValueKind.Array:
                buffer.Write([ArrayOpen]);
                foreach (var item in value.Items)
                {
                    buffer.Write([Val]);
                    WriteValue(buffer, item);
                }
                buffer.Write([ArrayClose]);
                break;
            case MudValueKind.String:
                WriteString(buffer, value.AsString!);
                break;
            case MudValueKind.Null:
                break;
            default:
                WriteString(buffer, value.ToJson());
                break;
        }
    }

    internal static string Describe(MudValue value) => value.Kind == MudValueKind.String ? value.AsString! : value.ToJson();

    internal static StringBuilder AppendPairs(StringBuilder sb, List<KeyValuePair<string, MudValue>> vars)
    {
        foreach (var v in vars)
            sb.Append(' ').Append(v.Key).Append(' ').Append(v.Value.ToJson());
        return sb;
    }
}
