namespace TelnetTui.Telnet.Negotiation;

/// <summary>What to send back after a Q-method step.</summary>
public enum QReply
{
    None,
    /// <summary>WILL (local side) or DO (remote side).</summary>
    Positive,
    /// <summary>WONT (local side) or DONT (remote side).</summary>
    Negative,
}
