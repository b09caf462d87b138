using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Options;

/// <summary>
/// BINARY (RFC 856), per direction: while the peer sends binary nothing received is translated
/// (the decoder keeps CR NUL); while we send binary nothing we send is translated (the engine reads
/// our state when encoding).
/// </summary>
internal sealed class BinaryOption(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.Binary)
{
    public override void Enabled(TelnetSide side)
    {
        if (side == TelnetSide.Remote)
            Engine.Decoder.BinaryMode = true;
    }

    public override void Disabled(TelnetSide side)
    {
        if (side == TelnetSide.Remote)
            Engine.Decoder.BinaryMode = Settings.ForceBinary;
    }
}
