using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Options;

/// <summary>
/// LOGOUT (RFC 727). A server's WILL LOGOUT announces that it will log the user off; a client may ask
/// with DO LOGOUT (<c>RequestEnable(Remote, LOGOUT)</c>). A client refuses to log anything off itself.
/// </summary>
internal sealed class LogoutOption(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.Logout)
{
    public override void Enabled(TelnetSide side)
    {
        if (side == TelnetSide.Remote)
            Engine.RecordNotice("the host will log this session out (LOGOUT)", Code);
    }
}
