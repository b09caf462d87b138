namespace TelnetTui.Core.Sessions;

/// <summary>
/// One open byte stream to a host, as the session uses it: the TCP/TLS transport in the program, a
/// scripted fake in tests. Reads happen on the session's reader task, writes on its writer task; the
/// two may run at the same time, nothing else does.
/// </summary>
public interface ISessionTransport : IAsyncDisposable
{
    /// <summary>True inside TLS.</summary>
    bool IsSecure { get; }

    /// <summary>SHA-256 fingerprint of the server certificate ("AB:CD:..."), TLS only.</summary>
    string? CertificateFingerprint { get; }

    /// <summary>The peer's address as text, for the status bar; null when unknown.</summary>
    string? RemoteAddress { get; }

    /// <summary>Reads what is there (at least one byte), or 0 at the end of the stream.</summary>
    ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken);

    /// <summary>Writes all of <paramref name="bytes"/>.</summary>
    ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken);

    /// <summary>Half-close: we send nothing more (TLS close_notify, TCP FIN); reading goes on.</summary>
    ValueTask ShutdownSendAsync();
}
