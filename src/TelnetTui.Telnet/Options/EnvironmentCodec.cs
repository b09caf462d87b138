using System.Buffers;
using System.Text;
using TelnetTui.Telnet.Engine;

namespace TelnetTui.Telnet.Options;

/// <summary>
/// The subnegotiation format shared by NEW-ENVIRON (RFC 1572) and the old ENVIRON (RFC 1408):
/// a command (IS, SEND, INFO) then <c>type name [VALUE value]</c> entries, with ESC quoting the next byte.
/// </summary>
internal static class EnvironmentCodec
{
    public const byte Is = 0;
    public const byte SendCommand = 1;
    public const byte Info = 2;

    public const byte Var = 0;
    public const byte Value = 1;
    public const byte Esc = 2;
    public const byte UserVar = 3;

    public static List<EnvironmentEntry> Parse(ReadOnlySpan<byte> list)
    {
        var entries = new List<EnvironmentEntry>();
        var pos = 0;
        // Anything before the first type byte is malformed; skip it.
        while (pos < list.Length && list[pos] != Var && list[pos] != UserVar)
            pos++;
        while (pos < list.Length)
        {
            var type = list[pos++];
            var name = ReadString(list, ref pos);
            string? value = null;
            if (pos < list.Length && list[pos] == Value)
            {
                pos++;
                value = ReadString(list, ref pos);
            }
            entries.Add(new EnvironmentEntry(type, name, value));
        }
        return entries;
    }

    public static byte[] Encode(byte command, IEnumerable<EnvironmentEntry> entries)
    {
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write([command]);
        foreach (var e in entries)
        {
            buffer.Write([e.Type]);
            WriteEscaped(buffer, e.Name);
            if (e.Value is not null)
            {
                buffer.Write([Value]);
                WriteEscaped(buffer, e.Value);
            }
        }
        return buffer.WrittenSpan.ToArray();
    }

    public static string Describe(string optionName, ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty)
            return $"SB {optionName}";
        var command = payload[0] switch
        {
            Is => "IS",
            SendCommand => "SEND",
            Info => "INFO",
            _ => null,
        };
        if (command is null)
            return $"SB {optionName} {Meaning.Hex(payload)}";
        var sb = new StringBuilder($"SB {optionName} {command}");
        foreach (var e in Parse(payload[1..]))
        {
            sb.Append(e.Type == UserVar ? " USERVAR " : " VAR ").Append(Meaning.Quote(Utf8(e.Name)));
            if (e.Value is not null)
                sb.Append(" VALUE ").Append(Meaning.Quote(Utf8(e.Value)));
        }
        return sb.ToString();
    }

    private static byte[] Utf8(string s) => System.Text.Encoding.UTF8.GetBytes(s);

    private static string ReadString(ReadOnlySpan<byte> list, ref int pos)
    {
        var bytes = new ArrayBufferWriter<byte>();
        while (pos < list.Length)
        {
            var b = list[pos];
            if (b is Var or Value or UserVar)
                break;
            if (b == Esc && pos + 1 < list.Length)
            {
                bytes.Write([list[pos + 1]]);
                pos += 2;
                continue;
            }
            bytes.Write([b]);
            pos++;
        }
        return System.Text.Encoding.UTF8.GetString(bytes.WrittenSpan);
    }

    private static void WriteEscaped(ArrayBufferWriter<byte> buffer, string s)
    {
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(s))
        {
            if (b is Var or Value or Esc or UserVar)
                buffer.Write([Esc]);
            buffer.Write([b]);
        }
    }
}
