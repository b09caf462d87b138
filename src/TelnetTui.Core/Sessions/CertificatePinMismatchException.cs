namespace TelnetTui.Core.Sessions;

/// <summary>The server's TLS certificate validated but is not the one the host entry pins.</summary>
public sealed class CertificatePinMismatchException(string pinned, string actual)
    : Exception($"the certificate's SHA-256 is {actual}, the pinned one is {pinned}")
{
    public string Pinned { get; } = pinned;

    public string Actual { get; } = actual;
}
