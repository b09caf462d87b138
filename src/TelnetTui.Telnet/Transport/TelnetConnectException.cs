namespace TelnetTui.Telnet.Transport;

/// <summary>Connecting failed: the message names the host, port and the reason in words.</summary>
public sealed class TelnetConnectException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The TLS handshake failed or the certificate was rejected; the message says why and how to trust it.</summary>
public sealed class TelnetTlsException(string message, Exception? inner = null) : Exception(message, inner);
