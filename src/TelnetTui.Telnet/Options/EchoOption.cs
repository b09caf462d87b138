using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Options;

/// <summary>
/// ECHO (RFC 857). Remote ECHO on means the host echoes what we type: with SGA it is "kludge" character
/// mode, and in line mode the app masks the input (passwords). The app follows
/// <see cref="TelnetEngine.OptionChanged"/>; the engine itself echoes nothing. A client refuses local ECHO.
/// </summary>
internal sealed class EchoOption(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.Echo);
