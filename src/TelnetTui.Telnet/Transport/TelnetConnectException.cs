namespace TelnetTui.Telnet.Transport;

/// <summary>Connecting failed: the message names the host, port and the reason in words.</summary>
public sealed class TelnetConnectException(string message, Exception? inner = null) : Exception(message, inner);
