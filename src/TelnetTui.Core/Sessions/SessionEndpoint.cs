using TelnetTui.Core.Book;

namespace TelnetTui.Core.Sessions;

/// <summary>Where and how one connection attempt goes: host, port, TLS with its optional pin, and the connect timeout.</summary>
public sealed record SessionEndpoint(string Host, int Port, bool UseTls, CertificatePin? Pin, TimeSpan ConnectTimeout)
{
    /// <summary>"host:port" (IPv6 literals in brackets), as messages show it.</summary>
    public string Display => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
