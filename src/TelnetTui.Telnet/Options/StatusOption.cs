using System.Buffers;
using System.Text;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Options;

/// <summary>
/// STATUS (RFC 859): answers SB STATUS SEND with SB STATUS IS listing the options in effect (WILL for
/// ours, DO for the peer's), and describes the peer's IS for the inspector.
/// </summary>
internal sealed class StatusOption(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.Status)
{
    private const byte Is = 0;
    private const byte SendCommand = 1;

    public override void Received(ReadOnlySpan<byte> payload)
    {
        if (payload.Length >= 1 && payload[0] == SendCommand && IsEnabled(TelnetSide.Local))
            Send(BuildStatus());
    }

    /// <summary>Sends SB STATUS SEND when the peer agreed to STATUS.</summary>
    public void RequestStatus()
    {
        if (!IsEnabled(TelnetSide.Remote))
            throw new InvalidOperationException("the peer has not agreed to STATUS (WILL STATUS)");
        Send([SendCommand]);
    }

    private byte[] BuildStatus()
    {
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write([Is]);
        for (var o = 0; o < 256; o++)
        {
            var option = (byte)o;
            if (Engine.IsEnabled(TelnetSide.Local, option))
                WritePair(buffer, TelnetCommand.Will, option);
            if (Engine.IsEnabled(TelnetSide.Remote, option))
                WritePair(buffer, TelnetCommand.Do, option);
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WritePair(ArrayBufferWriter<byte> buffer, byte verb, byte option)
    {
        buffer.Write([verb, option]);
        // RFC 859: an SE byte inside the IS list is doubled.
        if (option == TelnetCommand.Se)
            buffer.Write([TelnetCommand.Se]);
    }

    public override string Describe(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty)
            return "SB STATUS";
        if (payload[0] == SendCommand)
            return "SB STATUS SEND";
        if (payload[0] != Is)
            return $"SB STATUS {Meaning.Hex(payload)}";
        var sb = new StringBuilder("SB STATUS IS");
        var rest = payload[1..];
        for (var i = 0; i < rest.Length; i++)
        {
            var b = rest[i];
            if (TelnetCommand.IsNegotiation(b) && i + 1 < rest.Length)
            {
                sb.Append(' ').Append(TelnetCommand.Name(b)).Append(' ').Append(TelnetOption.Name(rest[++i]));
                if (rest[i] == TelnetCommand.Se && i + 1 < rest.Length && rest[i + 1] == TelnetCommand.Se)
                    i++;
            }
            else if (b == TelnetCommand.Sb && i + 1 < rest.Length)
            {
                sb.Append(" SB ").Append(TelnetOption.Name(rest[++i])).Append(" …");
                while (i + 1 < rest.Length && !(rest[i + 1] == TelnetCommand.Se && (i + 2 >= rest.Length || rest[i + 2] != TelnetCommand.Se)))
                    i++;
                i++;
            }
        }
        return sb.ToString();
    }
}
