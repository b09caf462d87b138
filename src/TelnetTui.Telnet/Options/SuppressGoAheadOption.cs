using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Options;

/// <summary>
/// SUPPRESS-GO-AHEAD (RFC 858). Together with remote ECHO it puts the client in character mode. Received
/// GA still marks a prompt whatever SGA says, since MUDs send GA regardless.
/// </summary>
internal sealed class SuppressGoAheadOption(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.SuppressGoAhead);
