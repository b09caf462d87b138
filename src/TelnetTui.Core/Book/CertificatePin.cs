using System.Diagnostics.CodeAnalysis;

namespace TelnetTui.Core.Book;

/// <summary>
/// A pinned TLS certificate: the SHA-256 of the server certificate (DER), written
/// "sha256:AB:CD:..." or as 64 hex digits. A pinned host is trusted only with that certificate.
/// </summary>
public readonly record struct CertificatePin(string Sha256Hex)
{
    public const string Syntax = "\"sha256:\" followed by 64 hexadecimal digits (colons between bytes allowed)";

    public static bool TryParse(string text, [NotNullWhen(true)] out CertificatePin? pin)
    {
        pin = null;
        var body = text.Trim();
        if (body.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase))
            body = body[7..];
        var hex = body.Replace(":", "", StringComparison.Ordinal);
        if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
            return false;
        pin = new CertificatePin(hex.ToUpperInvariant());
        return true;
    }

    public static CertificatePin Parse(string text) =>
        TryParse(text, out var pin) ? pin.Value : throw new FormatException($"'{text}' is not a certificate pin; write {Syntax}");

    /// <summary>True when a certificate hash (SHA-256 of its DER bytes) is this pin.</summary>
    public bool Matches(ReadOnlySpan<byte> sha256) => Convert.ToHexString(sha256) == Sha256Hex;

    /// <summary>"sha256:AB:CD:..." as the book stores it.</summary>
    public override string ToString()
    {
        var hex = Sha256Hex;
        return "sha256:" + string.Join(':', Enumerable.Range(0, hex.Length / 2).Select(i => hex.Substring(i * 2, 2)));
    }
}
