using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TelnetTui.Demo.Chaos;

/// <summary>Throw-away self-signed server certificates for the TLS scenarios (no system trusts them).</summary>
public static class SelfSignedCertificate
{
    public static X509Certificate2 Create(string name = "localhost")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName(name);
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        // Through PKCS#12 so SslStream can use the private key on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>The SHA-256 fingerprint as 64 hex digits (what a book entry pins).</summary>
    public static string Sha256Hex(X509Certificate2 certificate) => Convert.ToHexString(SHA256.HashData(certificate.RawData));
}
