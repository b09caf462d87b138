using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Options;

/// <summary>
/// LINEMODE (RFC 1184). Refused politely by the default policy: DO LINEMODE gets one WONT and the
/// Q method never answers a repeat. Its subnegotiations are described for the inspector and otherwise ignored.
/// </summary>
internal sealed class LinemodeOption(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.Linemode)
{
    public override string Describe(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty)
            return "SB LINEMODE";
        var rest = payload[1..];
        return payload[0] switch
        {
            1 when rest.Length >= 1 => $"SB LINEMODE MODE {rest[0]}",
            2 => $"SB LINEMODE FORWARDMASK ({rest.Length} bytes)",
            3 => $"SB LINEMODE SLC ({rest.Length / 3} triplets)",
            TelnetCommand.Do or TelnetCommand.Dont or TelnetCommand.Will or TelnetCommand.Wont when rest.Length >= 1 && rest[0] == 2 =>
                $"SB LINEMODE {TelnetCommand.Name(payload[0])} FORWARDMASK",
            _ => $"SB LINEMODE {Meaning.Hex(payload)}",
        };
    }
}
