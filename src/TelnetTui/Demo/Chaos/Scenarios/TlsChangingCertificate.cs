using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary>
/// <c>tls-changed</c>: TLS with a new self-signed certificate on every connection, as an interceptor
/// would show: a client that pinned the first one must refuse the next.
/// </summary>
public sealed class TlsChangingCertificate : ChaosScenario
{
    private readonly ConcurrentDictionary<int, X509Certificate2> _certificates = new();

    public override string Name => "tls-changed";

    public override string Summary => "TLS with a different self-signed certificate on every connection";

    /// <summary>The certificate connection <paramref name="number"/> shows (made on first use).</summary>
    public override X509Certificate2 CertificateFor(int number) => _certificates.GetOrAdd(number, _ => SelfSignedCertificate.Create());

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        await connection.WriteAsync($"secure hello, certificate {connection.Number}\r\n", cancellationToken).ConfigureAwait(false);
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }
}
