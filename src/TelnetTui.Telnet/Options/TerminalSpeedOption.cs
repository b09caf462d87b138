using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Options;

/// <summary>TERMINAL-SPEED (RFC 1079): answers SEND with the configured "transmit,receive" speeds.</summary>
internal sealed class TerminalSpeedOption(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.TerminalSpeed)
{
    private const byte Is = 0;
    private const byte SendCommand = 1;

    public override void Enabled(TelnetSide side)
    {
        if (side == TelnetSide.Remote && !IsClient)
            Send([SendCommand]);
    }

    public override void Received(ReadOnlySpan<byte> payload)
    {
        if (payload.Length >= 1 && payload[0] == SendCommand && IsEnabled(TelnetSide.Local))
            Send([Is, .. System.Text.Encoding.ASCII.GetBytes(Settings.TerminalSpeed)]);
    }

    public override string Describe(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty)
            return "SB TSPEED";
        return payload[0] switch
        {
            SendCommand => "SB TSPEED SEND",
            Is => $"SB TSPEED IS {Meaning.Quote(payload[1..])}",
            _ => $"SB TSPEED {Meaning.Hex(payload)}",
        };
    }
}
