using System.Buffers;

namespace TelnetTui.Telnet.Values;

/// <summary>
/// MSSP payloads (MUD Server Status Protocol): <c>MSSP_VAR name (MSSP_VAL value)+</c>. Parsed into one
/// object; a variable with several values gets an array, a variable with none gets null.
/// </summary>
public static class MsspCodec
{
    public const byte Var = 1;
    public const byte Val = 2;

    /// <summary>Parses the variables in order; text before the first VAR is an error.</summary>
    public static bool TryParse(ReadOnlySpan<byte> payload, out MudValue value, out string? error)
    {
        var members = new List<KeyValuePair<string, MudValue>>();
        var pos = 0;
        while (pos < payload.Length)
        {
            if (payload[pos] != Var)
            {
                value = MudValue.Null;
                error = $"expected MSSP_VAR at byte {pos}";
                return false;
            }
            pos++;
            var name = ReadString(payload, ref pos);
            var values = new List<MudValue>(1);
            while (pos < payload.Length && payload[pos] == Val)
            {
                pos++;
                values.Add(MudValue.String(ReadString(payload, ref pos)));
            }
            members.Add(KeyValuePair.Create(name, values.Count switch
            {
                0 => MudValue.Null,
                1 => values[0],
                _ => MudValue.Array(values),
            }));
        }
        value = MudValue.Object(members);
        error = null;
        return true;
    }

    /// <summary>Encodes variables (a server sends this after the client's DO MSSP).</summary>
    public static byte[] Encode(IEnumerable<KeyValuePair<string, string>> variables)
    {
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var (name, val) in variables)
        {
            buffer.Write([Var]);
            buffer.Write(System.Text.Encoding.UTF8.GetBytes(name));
            buffer.Write([Val]);
            buffer.Write(System.Text.Encoding.UTF8.GetBytes(val));
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static string ReadString(ReadOnlySpan<byte> p, ref int pos)
    {
        var rest = p[pos..];
        var end = rest.IndexOfAny(Var, Val);
        if (end < 0)
            end = rest.Length;
        pos += end;
        return System.Text.Encoding.UTF8.GetString(rest[..end]);
    }
}
