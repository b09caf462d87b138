using TelnetTui.Telnet.Negotiation;

namespace TelnetTui.Telnet.Engine;

/// <summary>An option was turned on or off on one side (entered or left RFC 1143's YES).</summary>
public readonly record struct OptionChange(byte Option, TelnetSide Side, bool Enabled);
