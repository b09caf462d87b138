namespace TelnetTui.Telnet.Negotiation;

/// <summary>Whether a Q-method step turned the option on or off (entered or left YES).</summary>
public enum QChange
{
    None,
    Enabled,
    Disabled,
}
