namespace TelnetTui.Telnet.Transport;

/// <summary>The TLS handshake failed or the certificate was rejected; the message says why and how to trust it.</summary>
public sealed class TelnetTlsException(string message, Exception? inner = null) : Exception(message, inner);
