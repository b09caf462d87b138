namespace TelnetTui.Telnet.Negotiation;

/// <summary>What we do about one option on one side.</summary>
public enum OptionPolicy
{
    /// <summary>Refuse when asked (WONT/DONT), never ask.</summary>
    Refuse,
    /// <summary>Agree when the peer asks, never ask first.</summary>
    Accept,
    /// <summary>Ask for it as soon as the connection starts, and agree when asked.</summary>
    Offer,
}
