using System.Threading.Channels;
using TelnetTui.Core.Sessions;

namespace TelnetTui.Core.Tests.Support;

/// <summary>
/// A scripted connection: the test queues what the "host" sends (<see cref="Send"/>), ends it
/// (<see cref="End"/>) or breaks it (<see cref="Fail"/>), and reads what the session wrote.
/// </summary>
internal sealed class FakeTransport : ISessionTransport
{
    private readonly Channel<object?> _incoming = Channel.CreateUnbounded<object?>();
    private readonly object _gate = new();
    private readonly List<byte> _written = [];
    private byte[] _pending = [];
    private int _pendingOffset;
    private int _reads;

    /// <summary>When set, every read returns this many bytes of this pattern at once (a host that floods).</summary>
    public byte[]? Flood { get; set; }

    public bool IsSecure { get; init; }

    public string? CertificateFingerprint { get; init; }

    public string? RemoteAddress => "fake";

    public bool ShutDown { get; private set; }

    public bool Disposed { get; private set; }

    /// <summary>Reads that returned data.</summary>
    public int Reads => Volatile.Read(ref _reads);

    public long BytesRead;

    public byte[] Written
    {
        get
        {
            lock (_gate)
                return [.. _written];
        }
    }

    public void ClearWritten()
    {
        lock (_gate)
            _written.Clear();
    }

    public void Send(params byte[] bytes) => _incoming.Writer.TryWrite(bytes);

    public void Send(string ascii) => Send(System.Text.Encoding.Latin1.GetBytes(ascii));

    public void End() => _incoming.Writer.TryWrite(null);

    public void Fail(Exception error) => _incoming.Writer.TryWrite(error);

    public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (Flood is { } flood)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            var n = Math.Min(buffer.Length, flood.Length);
            flood.AsSpan(0, n).CopyTo(buffer.Span);
            Interlocked.Increment(ref _reads);
            Interlocked.Add(ref BytesRead, n);
            return n;
        }
        while (_pendingOffset >= _pending.Length)
        {
            var item = await _incoming.Reader.ReadAsync(cancellationToken);
            switch (item)
            {
                case null:
                    return 0;
                case Exception e:
                    throw e;
                case byte[] bytes:
                    _pending = bytes;
                    _pendingOffset = 0;
                    break;
            }
        }
        var count = Math.Min(buffer.Length, _pending.Length - _pendingOffset);
        _pending.AsSpan(_pendingOffset, count).CopyTo(buffer.Span);
        _pendingOffset += count;
        Interlocked.Increment(ref _reads);
        Interlocked.Add(ref BytesRead, count);
        return count;
    }

    public ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        lock (_gate)
            _written.AddRange(bytes.Span);
        return ValueTask.CompletedTask;
    }

    public ValueTask ShutdownSendAsync()
    {
        ShutDown = true;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        _incoming.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }
}

/// <summary>Hands out fake transports (or failures) in order and remembers every attempt.</summary>
internal sealed class FakeConnector : ISessionConnector
{
    private readonly Queue<Func<SessionEndpoint, ISessionTransport>> _plan = new();

    public List<SessionEndpoint> Attempts { get; } = [];

    public List<FakeTransport> Transports { get; } = [];

    public FakeTransport Last => Transports[^1];

    /// <summary>The next attempt succeeds with a new fake transport.</summary>
    public FakeConnector Succeed(Action<FakeTransport>? setup = null)
    {
        _plan.Enqueue(_ =>
        {
            var t = new FakeTransport();
            setup?.Invoke(t);
            lock (Transports)
                Transports.Add(t);
            return t;
        });
        return this;
    }

    /// <summary>The next attempt fails with <paramref name="error"/>.</summary>
    public FakeConnector Fail(Exception error)
    {
        _plan.Enqueue(_ => throw error);
        return this;
    }

    public Task<ISessionTransport> ConnectAsync(SessionEndpoint endpoint, CancellationToken cancellationToken)
    {
        Func<SessionEndpoint, ISessionTransport> step;
        lock (_plan)
        {
            Attempts.Add(endpoint);
            step = _plan.Count > 0 ? _plan.Dequeue() : _ => throw new InvalidOperationException("no more connections planned");
        }
        try
        {
            return Task.FromResult(step(endpoint));
        }
        catch (Exception e)
        {
            return Task.FromException<ISessionTransport>(e);
        }
    }
}
