using System.Text;
using System.Threading.Channels;
using TelnetTui.Core.Sessions;

namespace TelnetTui.App.Tests.Support;

/// <summary>
/// A pretend telnet server for the session: what the test sends arrives as if from the host, and what the
/// client writes is kept. Connecting can be made to fail (a refused connection).
/// </summary>
public sealed class ScriptedHost : ISessionConnector
{
    private readonly Channel<byte[]> _toClient = Channel.CreateUnbounded<byte[]>();
    private readonly List<byte> _fromClient = [];

    /// <summary>Make the next connect fail like a refused TCP connection.</summary>
    public bool Refuse { get; set; }

    /// <summary>Make the next connects fail with this (a DNS failure, a timeout, a TLS error...).</summary>
    public Exception? Fault { get; set; }

    public int Connects { get; private set; }

    public SessionEndpoint? LastEndpoint { get; private set; }

    public Task<ISessionTransport> ConnectAsync(SessionEndpoint endpoint, CancellationToken cancellationToken)
    {
        Connects++;
        LastEndpoint = endpoint;
        if (Refuse)
            throw new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused);
        if (Fault is { } fault)
            return Task.FromException<ISessionTransport>(fault);
        return Task.FromResult<ISessionTransport>(new Transport(this));
    }

    public void Send(byte[] bytes) => _toClient.Writer.TryWrite(bytes);

    public void Send(string text) => Send(Encoding.UTF8.GetBytes(text));

    /// <summary>Ends the stream from the host's side (a clean close).</summary>
    public void Close() => _toClient.Writer.TryComplete();

    /// <summary>Everything the client wrote so far.</summary>
    public byte[] FromClient
    {
        get
        {
            lock (_fromClient)
                return _fromClient.ToArray();
        }
    }

    public void ClearFromClient()
    {
        lock (_fromClient)
            _fromClient.Clear();
    }

    private sealed class Transport(ScriptedHost host) : ISessionTransport
    {
        private byte[]? _pending;
        private int _offset;

        public bool IsSecure => false;
        public string? CertificateFingerprint => null;
        public string? RemoteAddress => "127.0.0.1:23";

        public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        {
            if (_pending is null || _offset >= _pending.Length)
            {
                if (!await host._toClient.Reader.WaitToReadAsync(cancellationToken))
                    return 0;
                _pending = await host._toClient.Reader.ReadAsync(cancellationToken);
                _offset = 0;
            }
            var n = Math.Min(buffer.Length, _pending.Length - _offset);
            _pending.AsSpan(_offset, n).CopyTo(buffer.Span);
            _offset += n;
            return n;
        }

        public ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
        {
            lock (host._fromClient)
                host._fromClient.AddRange(bytes.ToArray());
            return ValueTask.CompletedTask;
        }

        public ValueTask ShutdownSendAsync() => ValueTask.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
