using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TelnetTui.Testing;

/// <summary>A self-signed certificate made in the test, like a MUD's own telnets certificate (never trusted by the system, so only a pin trusts it).</summary>
public static class TestCertificates
{
    public static X509Certificate2 SelfSigned(string name = "localhost")
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName(name);
        request.CertificateExtensions.Add(san.Build());
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        // Round-trip through PKCS#12 so the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pkcs12), null);
    }
}
