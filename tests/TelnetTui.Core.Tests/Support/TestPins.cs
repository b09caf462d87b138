using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TelnetTui.Core.Book;

namespace TelnetTui.Core.Tests.Support;

/// <summary>Certificate pins for the TLS tests.</summary>
internal static class TestPins
{
    /// <summary>The pin a book would hold for <paramref name="certificate"/>.</summary>
    public static CertificatePin Of(X509Certificate2 certificate) => new(Convert.ToHexString(SHA256.HashData(certificate.RawData)));
}
