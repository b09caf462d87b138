using System.Net;
using System.Net.Sockets;
using TelnetTui.Telnet.Connection;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Transport;

namespace TelnetTui.Telnet.Server;

/// <summary>
/// A telnet server on the same engine: accepts connections, starts negotiation from the server policy,
/// and hands each connection to <c>handler</c> as a <see cref="TelnetChannel"/> (read lines, write text
/// and prompts). The connection is closed cleanly when the handler returns.
/// </summary>
public sealed class TelnetServer : IAsyncDisposable
{
    private readonly Func<TelnetChannel, CancellationToken, Task> _handler;
    private readonly TelnetServerOptions _options;
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly HashSet<Task> _sessions = [];
    private Task? _acceptLoop;
    private int _active;

    public TelnetServer(Func<TelnetChannel, CancellationToken, Task> handler, TelnetServerOptions? options = null)
    {
        _handler = handler;
        _options = options ?? new TelnetServerOptions();
        _listener = new TcpListener(_options.EndPoint);
    }

    /// <summary>The address actually listened on (the port is known after <see cref="Start"/>).</summary>
    public IPEndPoint LocalEndPoint => (IPEndPoint)_listener.LocalEndpoint;

    /// <summary>Errors from sessions (a handler that threw, a failed TLS handshake), for logging.</summary>
    public event Action<Exception>? SessionFailed;

    public void Start()
    {
        _listener.Start();
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>Stops listening, cancels the handlers and closes every connection.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        if (_acceptLoop is { } loop)
            await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Task[] sessions;
        lock (_sessions)
            sessions = [.. _sessions];
        await Task.WhenAll(sessions).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            if (Interlocked.Increment(ref _active) > _options.MaxConnections)
            {
                Interlocked.Decrement(ref _active);
                socket.Dispose();
                continue;
            }
            var session = Task.Run(() => ServeAsync(socket));
            lock (_sessions)
                _sessions.Add(session);
            _ = session.ContinueWith(t =>
            {
                lock (_sessions)
                    _sessions.Remove(t);
            }, TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        TelnetChannel? channel = null;
        try
        {
            socket.NoDelay = true;
            var transport = await TelnetTransport.AcceptAsync(socket, _options.Certificate, _stop.Token).ConfigureAwait(false);
            var engine = new TelnetEngine(_options.Settings.Clone());
            channel = new TelnetChannel(new TelnetConnection(transport, engine), _options.Channel);
            channel.Start();
            await _handler(channel, _stop.Token).ConfigureAwait(false);
            await channel.CloseAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (e is not OperationCanceledException && e is not TelnetClosedException)
                SessionFailed?.Invoke(e);
            if (channel is not null)
                await channel.DisposeAsync().ConfigureAwait(false);
            else
                socket.Dispose();
        }
        finally
        {
            Interlocked.Decrement(ref _active);
        }
    }
}
