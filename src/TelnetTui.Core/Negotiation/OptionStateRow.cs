using TelnetTui.Telnet.Negotiation;

namespace TelnetTui.Core.Negotiation;

/// <summary>One row of the inspector's option table: an option, its name, both sides' RFC 1143 state, and what our policy is.</summary>
public readonly record struct OptionStateRow(byte Option, string Name, OptionState State, OptionPolicy LocalPolicy, OptionPolicy RemotePolicy);
