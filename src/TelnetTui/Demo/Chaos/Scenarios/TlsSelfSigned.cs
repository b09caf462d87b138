using System.Security.Cryptography.X509Certificates;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary>
/// <c>tls-self-signed</c>: TLS with one self-signed certificate for the server's lifetime (its fingerprint
/// is logged), then a greeting. A client must refuse it unless the certificate is pinned.
/// </summary>
public sealed class TlsSelfSigned : ChaosScenario
{
    private readonly Lazy<X509Certificate2> _certificate = new(() => SelfSignedCertificate.Create());

    public override string Name => "tls-self-signed";

    public override string Summary => "TLS with a self-signed certificate (the same for every connection), then a greeting";

    public X509Certificate2 Certificate => _certificate.Value;

    public override X509Certificate2? CertificateFor(int number) => Certificate;

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        await connection.WriteAsync($"secure hello from a self-signed host (sha256 {SelfSignedCertificate.Sha256Hex(Certificate)})\r\n", cancellationToken).ConfigureAwait(false);
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }
}
