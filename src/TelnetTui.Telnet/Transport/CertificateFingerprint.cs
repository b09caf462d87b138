using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TelnetTui.Telnet.Transport;

/// <summary>SHA-256 certificate fingerprints as users see them ("AB:CD:..."), and comparison that ignores colons and case.</summary>
public static class CertificateFingerprint
{
    public static string Sha256(X509Certificate certificate)
    {
        var hash = SHA256.HashData(certificate.GetRawCertData());
        return string.Join(':', hash.Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
    }

    public static bool Matches(string fingerprint, X509Certificate certificate)
        => Normalize(fingerprint) == Normalize(Sha256(certificate));

    private static string Normalize(string s) => new string(s.Where(Uri.IsHexDigit).ToArray()).ToUpperInvariant();
}
