namespace TelnetTui.Telnet.Negotiation;

/// <summary>Which end of the connection an option is enabled on (RFC 1143's "us" and "him").</summary>
public enum TelnetSide
{
    /// <summary>We perform the option: we send WILL/WONT, the peer sends DO/DONT.</summary>
    Local,
    /// <summary>The peer performs the option: it sends WILL/WONT, we send DO/DONT.</summary>
    Remote,
}
