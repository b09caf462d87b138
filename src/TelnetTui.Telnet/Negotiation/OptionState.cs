namespace TelnetTui.Telnet.Negotiation;

/// <summary>Both sides' states of one option, as the inspector shows them.</summary>
public readonly record struct OptionState(OptionSideState Local, OptionSideState Remote)
{
    public override string ToString() => $"local {Local}, remote {Remote}";
}
