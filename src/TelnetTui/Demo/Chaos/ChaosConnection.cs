using System.Net;
using System.Net.Sockets;
using System.Text;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Chaos;

/// <summary>
/// One client of the <see cref="ChaosServer"/>: raw writes to the socket (or its TLS stream), the
/// abrupt endings (FIN mid-sequence, RST through linger 0), and a count of what the client sent.
/// Nothing here follows the telnet protocol on purpose: scenarios write exactly the bytes they mean.
/// </summary>
public sealed class ChaosConnection : IAsyncDisposable
{
    /// <summary>Largest single write: big payloads go out in pieces of this size.</summary>
    public const int WriteChunk = 64 * 1024;

    private readonly Socket _socket;
    private readonly CancellationTokenSource _stop = new();
    private Stream _stream;
    private Task _reader = Task.CompletedTask;
    private int _closed;
    private int _disposed;

    internal ChaosConnection(int number, Socket socket)
    {
        Number = number;
        _socket = socket;
        _socket.NoDelay = true;
        _stream = new NetworkStream(socket, ownsSocket: false);
        RemoteEndPoint = socket.RemoteEndPoint as IPEndPoint;
    }

    /// <summary>1 for the server's first connection, then 2, 3...</summary>
    public int Number { get; }

    public IPEndPoint? RemoteEndPoint { get; }

    /// <summary>What the client sent, decoded and counted.</summary>
    public ClientTraffic Traffic { get; } = new();

    /// <summary>Bytes written to the client so far (before TLS).</summary>
    public long BytesSent => Interlocked.Read(ref _bytesSent);

    private long _bytesSent;

    /// <summary>Completes when the scenario has run (successfully, or the client left).</summary>
    public Task Finished => _finished.Task;

    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How the scenario ended: null when it ran to its end; the error when the client left or something failed.</summary>
    public Exception? Error { get; private set; }

    /// <summary>True once the client has closed its side (or the connection broke).</summary>
    public bool ClientGone { get; private set; }

    internal Socket Socket => _socket;

    internal void UseStream(Stream stream) => _stream = stream;

    /// <summary>Starts reading what the client sends (into <see cref="Traffic"/>).</summary>
    internal void StartReading() => _reader = Task.Run(ReadLoopAsync);

    internal void SetFinished(Exception? error)
    {
        Error = error;
        _finished.TrySetResult();
    }

    public async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        while (!bytes.IsEmpty)
        {
            var piece = bytes[..Math.Min(bytes.Length, WriteChunk)];
            await _stream.WriteAsync(piece, cancellationToken).ConfigureAwait(false);
            Interlocked.Add(ref _bytesSent, piece.Length);
            bytes = bytes[piece.Length..];
        }
    }

    public Task WriteAsync(string text, CancellationToken cancellationToken) => WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);

    /// <summary>Writes <paramref name="block"/> again and again until <paramref name="total"/> bytes have gone (the last copy cut short).</summary>
    public async Task WriteRepeatedAsync(ReadOnlyMemory<byte> block, long total, CancellationToken cancellationToken)
    {
        if (block.IsEmpty)
            throw new ArgumentException("empty block", nameof(block));
        while (total > 0)
        {
            var piece = block[..(int)Math.Min(block.Length, total)];
            await WriteAsync(piece, cancellationToken).ConfigureAwait(false);
            total -= piece.Length;
        }
    }

    /// <summary>IAC verb option.</summary>
    public Task NegotiateAsync(byte verb, byte option, CancellationToken cancellationToken) =>
        WriteAsync(new[] { TelnetCommand.Iac, verb, option }, cancellationToken);

    /// <summary>Writes the line that says the scenario has sent everything; a client that shows it has recovered.</summary>
    public Task WriteDoneAsync(string scenario, CancellationToken cancellationToken) =>
        WriteAsync($"\r\n{ChaosScenario.DoneMarker(scenario)}\r\n", cancellationToken);

    /// <summary>Waits until the client has sent IAC verb option at least <paramref name="count"/> times; false after the timeout.</summary>
    public Task<bool> WaitForNegotiationAsync(byte verb, byte option, TimeSpan timeout, CancellationToken cancellationToken, int count = 1) =>
        Traffic.WaitUntilAsync(t => t.Negotiations(verb, option) >= count, timeout, cancellationToken);

    /// <summary>Ends our side cleanly (TCP FIN, after TLS close_notify when in TLS); the client sees the end of the stream.</summary>
    public async Task CloseAsync()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return;
        try
        {
            await _stream.FlushAsync().ConfigureAwait(false);
            if (_stream is System.Net.Security.SslStream tls)
                await tls.ShutdownAsync().ConfigureAwait(false);
            _socket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // Already gone.
        }
    }

    /// <summary>Resets the connection: linger 0 makes close send RST, so the client reads "connection reset".</summary>
    public void Reset()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return;
        try
        {
            _socket.LingerState = new LingerOption(true, 0);
            _socket.Close();
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already gone.
        }
    }

    /// <summary>Waits until the client closes its side or the server stops.</summary>
    public async Task WaitForClientToLeaveAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stop.Token);
        try
        {
            await _reader.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        await _stop.CancelAsync().ConfigureAwait(false);
        Reset();
        await _reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _stream.DisposeAsync().ConfigureAwait(false);
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var n = await _stream.ReadAsync(buffer, _stop.Token).ConfigureAwait(false);
                if (n == 0)
                    break;
                Traffic.Add(buffer.AsSpan(0, n));
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client left (or we reset the connection).
        }
        ClientGone = true;
    }
}
