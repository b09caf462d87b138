using System.IO.Compression;
using System.Text;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Chaos;

/// <summary>Byte building for scenarios: telnet commands, text, zlib streams, seeded noise.</summary>
public static class ChaosBytes
{
    /// <summary>The seed of every scenario's noise, so a run can be repeated byte for byte.</summary>
    public const int Seed = 8;

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>IAC SB option payload IAC SE, with 0xFF in the payload doubled (RFC 855).</summary>
    public static byte[] Subnegotiation(byte option, ReadOnlySpan<byte> payload)
    {
        var output = new byte[payload.Length + payload.Count(TelnetCommand.Iac) + 5];
        output[0] = TelnetCommand.Iac;
        output[1] = TelnetCommand.Sb;
        output[2] = option;
        var j = 3;
        foreach (var b in payload)
        {
            output[j++] = b;
            if (b == TelnetCommand.Iac)
                output[j++] = b;
        }
        output[j++] = TelnetCommand.Iac;
        output[j] = TelnetCommand.Se;
        return output;
    }

    /// <summary>IAC SB GMCP "package json" IAC SE.</summary>
    public static byte[] Gmcp(string package, string json) => Subnegotiation(TelnetOption.Gmcp, Text(json.Length == 0 ? package : package + " " + json));

    /// <summary>A complete zlib stream (header, deflate, Adler-32) of <paramref name="data"/>.</summary>
    public static byte[] Zlib(ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.Optimal)
    {
        var output = new MemoryStream();
        using (var z = new ZLibStream(output, level, leaveOpen: true))
            z.Write(data);
        return output.ToArray();
    }

    /// <summary>Doubles every 0xFF so arbitrary bytes go out as telnet data.</summary>
    public static byte[] EscapeIac(ReadOnlySpan<byte> data)
    {
        var count = data.Count(TelnetCommand.Iac);
        if (count == 0)
            return data.ToArray();
        var output = new byte[data.Length + count];
        var j = 0;
        foreach (var b in data)
        {
            output[j++] = b;
            if (b == TelnetCommand.Iac)
                output[j++] = b;
        }
        return output;
    }

    /// <summary>
    /// What ends any half-open state before a scenario's closing line: bytes that fill a pending option
    /// or SB option, IAC SE (closes any subnegotiation), CAN (aborts any escape sequence or string), and
    /// RIS (undoes modes and character sets the noise may have switched on).
    /// </summary>
    public static byte[] Recovery() =>
        [0, 0, 0, TelnetCommand.Iac, TelnetCommand.Se, 0x18, 0x1B, (byte)'c'];
}
