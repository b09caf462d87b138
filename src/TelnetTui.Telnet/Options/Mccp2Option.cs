using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Options;

/// <summary>
/// MCCP2: the server compresses what it sends. Client: once agreed, the decoder inflates from the byte
/// after <c>IAC SB MCCP2 IAC SE</c>; plain telnet resumes when the zlib stream ends; a corrupt stream or
/// one past the output cap gets DONT MCCP2 (engine). Server: sends the marker and compresses from there.
/// </summary>
internal sealed class Mccp2Option(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.Mccp2)
{
    public override bool Agrees(TelnetSide side) => Settings.Mccp;

    public override void Enabled(TelnetSide side)
    {
        if (IsClient && side == TelnetSide.Remote)
            Engine.Decoder.CompressionOption = Code;
        else if (!IsClient && side == TelnetSide.Local)
        {
            Engine.EndSendCompression(Code);
            Send([]);
            Engine.StartSendCompression(Code);
        }
    }

    public override void Disabled(TelnetSide side)
    {
        if (IsClient && side == TelnetSide.Remote)
            Engine.Decoder.CompressionOption = null;
        else if (!IsClient && side == TelnetSide.Local)
            Engine.EndSendCompression(Code);
    }

    public override string Describe(ReadOnlySpan<byte> payload)
        => payload.IsEmpty ? "SB MCCP2 (compressed data follows)" : base.Describe(payload);
}
