using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Transport;

namespace TelnetTui.Telnet.Connection;

/// <summary>
/// Runs one engine over one transport: a read loop feeds received bytes to the engine, and every
/// output the engine produces is written in order. All engine access goes through this object's lock,
/// so the app may call <see cref="SendAsync"/> from any thread; engine events fire on the read loop.
/// </summary>
public sealed class TelnetConnection : IAsyncDisposable
{
    /// <summary>Bytes read from the socket at a time (well under the MCCP inflate cap's 64 KiB assumption).</summary>
    public const int ReadBufferSize = 16 * 1024;

    /// <summary>
    /// Replies not yet written above which the read loop stops reading until they drain, so a peer that
    /// sends requests (DO TIMING-MARK...) but never reads cannot grow our memory.
    /// </summary>
    public const int MaxPendingWriteBytes = 1 << 20;

    /// <summary>How long a clean close waits for the peer to close its side after ours.</summary>
    public static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly object _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<string> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _writeTail = Task.CompletedTask;
    private long _pendingWriteBytes;
    private Task? _readLoop;
    private string? _closeReason;
    private int _disposed;

    public TelnetConnection(TelnetTransport transport, TelnetEngine engine)
    {
        Transport = transport;
        Engine = engine;
    }

    public TelnetTransport Transport { get; }

    /// <summary>The engine; call it only inside <see cref="SendAsync"/> or <see cref="Query{T}"/> once started.</summary>
    public TelnetEngine Engine { get; }

    /// <summary>Completes with the reason when the connection ends (peer closed, error, or us).</summary>
    public Task<string> Closed => _closed.Task;

    public bool IsClosed => _closed.Task.IsCompleted;

    /// <summary>Bytes handed to the transport and not yet written (the peer is not reading).</summary>
    public long PendingWriteBytes => Interlocked.Read(ref _pendingWriteBytes);

    /// <summary>Sends the engine's opening offers and starts reading.</summary>
    public void Start()
    {
        if (_readLoop is not null)
            throw new InvalidOperationException("the connection is already started");
        lock (_gate)
        {
            Engine.Start();
            FlushLocked();
        }
        _readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>Runs <paramref name="action"/> on the engine under the lock and sends what it produced; completes when written.</summary>
    public Task SendAsync(Action<TelnetEngine> action)
    {
        if (IsClosed)
            return Task.FromException(new TelnetClosedException(_closed.Task.Result));
        lock (_gate)
        {
            action(Engine);
            return FlushLocked();
        }
    }

    /// <summary>Reads engine state under the lock.</summary>
    public T Query<T>(Func<TelnetEngine, T> query)
    {
        lock (_gate)
            return query(Engine);
    }

    /// <summary>Clean close: pending output is written, our side is shut (half-close), and the peer gets a moment to close its side.</summary>
    public async Task CloseAsync(string reason = "closed")
    {
        _closeReason ??= reason;
        try
        {
            await _writeTail.WaitAsync(CloseTimeout).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or IOException or ObjectDisposedException or System.Net.Sockets.SocketException or OperationCanceledException or TelnetClosedException)
        {
            // Nothing more can be written; closing anyway.
        }
        await Transport.ShutdownSendAsync().ConfigureAwait(false);
        if (_readLoop is { } loop)
        {
            try
            {
                await loop.WaitAsync(CloseTimeout).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                await _stop.CancelAsync().ConfigureAwait(false);
            }
        }
        await DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _closeReason ??= "closed";
        await _stop.CancelAsync().ConfigureAwait(false);
        await Transport.DisposeAsync().ConfigureAwait(false);
        if (_readLoop is { } loop)
            await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _closed.TrySetResult(_closeReason);
        _stop.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[ReadBufferSize];
        string reason;
        try
        {
            while (true)
            {
                var n = await Transport.ReadAsync(buffer, _stop.Token).ConfigureAwait(false);
                if (n == 0)
                {
                    reason = _closeReason ?? "the host closed the connection";
                    break;
                }
                Task written;
                lock (_gate)
                {
                    Engine.Receive(buffer.AsSpan(0, n));
                    written = FlushLocked();
                }
                if (Interlocked.Read(ref _pendingWriteBytes) > MaxPendingWriteBytes)
                    await written.ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            reason = _closeReason ?? "closed";
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or ObjectDisposedException or TelnetClosedException)
        {
            reason = _closeReason ?? $"connection lost: {e.Message}";
        }
        catch (Exception e)
        {
            // An event handler threw: end the connection with that reason rather than carry on half-handled.
            reason = $"connection ended by an error: {e.GetType().Name}: {e.Message}";
        }
        _closed.TrySetResult(reason);
        if (_closeReason is null)
        {
            // The peer closed (or failed): finish our writes and close our side too.
            _closeReason = reason;
            _ = Task.Run(async () =>
            {
                await _writeTail.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                await Transport.ShutdownSendAsync().ConfigureAwait(false);
                await DisposeAsync().ConfigureAwait(false);
            });
        }
    }

    private Task FlushLocked()
    {
        if (!Engine.HasPendingOutput)
            return _writeTail;
        var lease = Engine.LeaseOutput();
        Interlocked.Add(ref _pendingWriteBytes, lease.Length);
        var previous = _writeTail;
        _writeTail = WriteAfterAsync(previous, lease);
        return _writeTail;
    }

    /// <summary>Writes one lease after the previous write; the lease goes back to the pool whatever happens.</summary>
    private async Task WriteAfterAsync(Task previous, OutputLease lease)
    {
        using (lease)
        {
            await previous.ConfigureAwait(false);
            try
            {
                await Transport.WriteAsync(lease.Memory, _stop.Token).ConfigureAwait(false);
                Interlocked.Add(ref _pendingWriteBytes, -lease.Length);
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or ObjectDisposedException or OperationCanceledException)
            {
                _closed.TrySetResult(_closeReason ?? $"connection lost while sending: {e.Message}");
                throw new TelnetClosedException(_closed.Task.Result, e);
            }
        }
    }
}
