using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Options;

/// <summary>
/// The old ENVIRON option (RFC 1408), superseded by NEW-ENVIRON. Refused by default (implementations
/// disagreed on its VAR/VALUE codes, RFC 1571); its subnegotiations are still described for the inspector.
/// </summary>
internal sealed class EnvironOption(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.Environ)
{
    public override string Describe(ReadOnlySpan<byte> payload) => EnvironmentCodec.Describe("ENVIRON", payload);
}
