namespace TelnetTui.Telnet.Connection;

/// <summary>The connection has ended (the reason is the message) and no more can be read or sent.</summary>
public sealed class TelnetClosedException(string reason, Exception? inner = null) : Exception(reason, inner);
