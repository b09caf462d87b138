using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TelnetTui.Core.Tests.Support;

/// <summary>Self-signed server certificates for TLS tests (never trusted by the system, so only a pin trusts them).</summary>
internal static class TestCertificates
{
    public static X509Certificate2 SelfSigned(string name = "localhost")
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName(name);
        request.CertificateExtensions.Add(san.Build());
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        // Through PKCS#12 so SslStream can use the private key.
        return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>The pin a book would hold for <paramref name="certificate"/>.</summary>
    public static TelnetTui.Core.Book.CertificatePin Pin(X509Certificate2 certificate) => new(Convert.ToHexString(SHA256.HashData(certificate.RawData)));
}
