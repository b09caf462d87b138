namespace TelnetTui.Telnet.Negotiation;

/// <summary>RFC 1143 §7 option states.</summary>
public enum QState
{
    No,
    Yes,
    /// <summary>We sent WONT/DONT and wait for the answer.</summary>
    WantNo,
    /// <summary>We sent WILL/DO and wait for the answer.</summary>
    WantYes,
}
