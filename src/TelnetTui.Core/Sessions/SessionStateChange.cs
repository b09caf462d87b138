namespace TelnetTui.Core.Sessions;

/// <summary>A state change: from, to, and the reason when the new state is closed or waiting to reconnect.</summary>
public readonly record struct SessionStateChange(SessionState Previous, SessionState Current, CloseReason? Reason);
