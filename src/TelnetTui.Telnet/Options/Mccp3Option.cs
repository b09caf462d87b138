using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Options;

/// <summary>
/// MCCP3: the client compresses what it sends. Client: after the server's WILL we answer DO, send
/// <c>IAC SB MCCP3 IAC SE</c> and compress everything after it; the server's WONT ends the zlib stream
/// before our DONT goes out plain. Server: inflates the client's stream like MCCP2 on a client.
/// </summary>
internal sealed class Mccp3Option(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.Mccp3)
{
    public override bool Agrees(TelnetSide side) => Settings.Mccp;

    public override void Enabled(TelnetSide side)
    {
        if (IsClient && side == TelnetSide.Remote)
        {
            // A re-acknowledged WILL (server restarted in place) starts a fresh stream after a new marker.
            Engine.EndSendCompression(Code);
            Send([]);
            Engine.StartSendCompression(Code);
        }
        else if (!IsClient && side == TelnetSide.Local)
        {
            Engine.Decoder.CompressionOption = Code;
        }
    }

    public override void Disabled(TelnetSide side)
    {
        if (IsClient && side == TelnetSide.Remote)
            Engine.EndSendCompression(Code);
        else if (!IsClient && side == TelnetSide.Local)
            Engine.Decoder.CompressionOption = null;
    }

    public override string Describe(ReadOnlySpan<byte> payload)
        => payload.IsEmpty ? "SB MCCP3 (compressed data follows)" : base.Describe(payload);
}
