namespace TelnetTui.Telnet.Negotiation;

/// <summary>The outcome of one Q-method step: the new state, the reply to send, the change, and any protocol error.</summary>
public readonly record struct QResult(OptionSideState State, QReply Reply, QChange Change, string? Error = null);
