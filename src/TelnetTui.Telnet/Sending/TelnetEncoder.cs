using System.Buffers;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Sending;

/// <summary>
/// The send side of RFC 854/855: escapes data and subnegotiation payloads (IAC doubled everywhere) and
/// writes commands. Pure: writes into any <see cref="IBufferWriter{T}"/>.
/// </summary>
public static class TelnetEncoder
{
    private const byte Cr = 13;
    private const byte Lf = 10;
    private const byte Nul = 0;

    /// <summary>
    /// Writes data bytes. IAC is doubled (RFC 854). Outside BINARY a CR not followed by LF becomes
    /// CR NUL, because RFC 854 allows CR only before LF or NUL; in BINARY (RFC 856) nothing else changes.
    /// </summary>
    public static void WriteData(IBufferWriter<byte> output, ReadOnlySpan<byte> data, bool binary)
    {
        while (!data.IsEmpty)
        {
            var idx = binary ? data.IndexOf(TelnetCommand.Iac) : data.IndexOfAny(TelnetCommand.Iac, Cr);
            if (idx < 0)
            {
                output.Write(data);
                return;
            }
            output.Write(data[..(idx + 1)]);
            if (data[idx] == TelnetCommand.Iac)
                output.Write([TelnetCommand.Iac]);
            else if (idx + 1 >= data.Length || data[idx + 1] != Lf)
                output.Write([Nul]);
            data = data[(idx + 1)..];
        }
    }

    /// <summary>
    /// The bytes a key press of Enter sends (character mode). Outside BINARY the NVT newline per the
    /// setting: CR LF or CR NUL (RFC 854; a bare CR gets its NUL), or LF. In BINARY nothing is
    /// translated, so it is the raw key, a CR (as BSD telnet sends; LF when that is the setting).
    /// </summary>
    public static ReadOnlySpan<byte> EnterKey(EnterKeyMode mode, bool binary) => mode switch
    {
        EnterKeyMode.Lf => "\n"u8,
        _ when binary => "\r"u8,
        _ => LineEnd(mode, binary: false),
    };

    /// <summary>
    /// The bytes that end a line typed in line mode. Outside BINARY as <see cref="EnterKey"/>. In BINARY
    /// the raw line end, LF, as BSD telnet sends in binary line mode: a host's terminal driver reads a
    /// CR LF pair as two line ends, and some hosts (tinymux) do not end a line at a bare CR.
    /// </summary>
    public static ReadOnlySpan<byte> LineEnd(EnterKeyMode mode, bool binary) => mode switch
    {
        _ when binary => "\n"u8,
        EnterKeyMode.CrLf => "\r\n"u8,
        EnterKeyMode.CrNul or EnterKeyMode.Cr => "\r\0"u8,
        EnterKeyMode.Lf => "\n"u8,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown Enter key mode"),
    };

    /// <summary>IAC command (GA, EOR, NOP, AYT...).</summary>
    public static void WriteCommand(IBufferWriter<byte> output, byte command)
        => output.Write([TelnetCommand.Iac, command]);

    /// <summary>IAC WILL/WONT/DO/DONT option.</summary>
    public static void WriteNegotiation(IBufferWriter<byte> output, byte verb, byte option)
        => output.Write([TelnetCommand.Iac, verb, option]);

    /// <summary>IAC SB option payload IAC SE, with every 0xFF in the payload doubled (RFC 855).</summary>
    public static void WriteSubnegotiation(IBufferWriter<byte> output, byte option, ReadOnlySpan<byte> payload)
    {
        output.Write([TelnetCommand.Iac, TelnetCommand.Sb, option]);
        if (option == TelnetCommand.Iac)
            output.Write([TelnetCommand.Iac]);
        WriteEscaped(output, payload);
        output.Write([TelnetCommand.Iac, TelnetCommand.Se]);
    }

    /// <summary>Writes bytes with IAC doubled and nothing else changed.</summary>
    public static void WriteEscaped(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var idx = bytes.IndexOf(TelnetCommand.Iac);
            if (idx < 0)
            {
                output.Write(bytes);
                return;
            }
            output.Write(bytes[..(idx + 1)]);
            output.Write([TelnetCommand.Iac]);
            bytes = bytes[(idx + 1)..];
        }
    }

    /// <summary>The on-the-wire bytes of a subnegotiation, for records and tests.</summary>
    public static byte[] Subnegotiation(byte option, ReadOnlySpan<byte> payload)
    {
        var buffer = new ArrayBufferWriter<byte>(payload.Length + 8);
        WriteSubnegotiation(buffer, option, payload);
        return buffer.WrittenSpan.ToArray();
    }
}
