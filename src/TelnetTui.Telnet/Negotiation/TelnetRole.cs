namespace TelnetTui.Telnet.Negotiation;

/// <summary>Which end of the connection the engine plays; options behave differently on each.</summary>
public enum TelnetRole
{
    Client,
    Server,
}
