using System.Net;
using System.Net.Security;
using System.Net.Sockets;

namespace TelnetTui.Demo.Chaos;

/// <summary>
/// A misbehaving telnet host for tests and for anyone reproducing a scenario by hand
/// (<c>telnettui serve --chaos KIND</c>): it accepts connections on loopback and runs one
/// <see cref="ChaosScenario"/> on each, writing raw bytes with no telnet engine in the way.
/// <code>
/// await using var server = new ChaosServer(ChaosScenarios.Find("zlib-bomb")!);
/// server.Start();
/// var connection = await server.NextConnectionAsync(timeout, ct);   // its Traffic counts what the client sent
/// </code>
/// </summary>
public sealed class ChaosServer : IAsyncDisposable
{
    /// <summary>How long a TLS handshake may take before the connection is dropped.</summary>
    public static readonly TimeSpan TlsHandshakeTimeout = TimeSpan.FromSeconds(10);

    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<ChaosConnection> _connections = [];
    private readonly List<Task> _running = [];
    private readonly Action<string>? _log;
    private readonly System.Threading.Channels.Channel<ChaosConnection> _accepted =
        System.Threading.Channels.Channel.CreateUnbounded<ChaosConnection>();
    private Task _acceptLoop = Task.CompletedTask;
    private int _count;
    private int _stopped;

    public ChaosServer(ChaosScenario scenario, IPEndPoint? endPoint = null, Action<string>? log = null)
    {
        Scenario = scenario ?? throw new ArgumentNullException(nameof(scenario));
        _listener = new TcpListener(endPoint ?? new IPEndPoint(IPAddress.Loopback, 0));
        _log = log;
    }

    public ChaosScenario Scenario { get; }

    /// <summary>The address listened on; the port is known after <see cref="Start"/>.</summary>
    public IPEndPoint LocalEndPoint => (IPEndPoint)_listener.LocalEndpoint;

    /// <summary>Every connection accepted so far.</summary>
    public IReadOnlyList<ChaosConnection> Connections
    {
        get
        {
            lock (_connections)
                return [.. _connections];
        }
    }

    /// <summary>Starts listening (throws <see cref="SocketException"/> when the address is taken).</summary>
    public void Start()
    {
        _listener.Start();
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The next connection accepted (in order), once its TLS handshake (if any) is done.</summary>
    public async Task<ChaosConnection> NextConnectionAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            return await _accepted.Reader.ReadAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no client connected to the chaos server ({Scenario.Name}) within {timeout.TotalSeconds:0.#} s");
        }
    }

    /// <summary>Stops listening and drops every connection (with RST: a chaos host says no goodbye).</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
            return;
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _acceptLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        ChaosConnection[] connections;
        Task[] running;
        lock (_connections)
        {
            connections = [.. _connections];
            running = [.. _running];
        }
        foreach (var connection in connections)
            await connection.DisposeAsync().ConfigureAwait(false);
        await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _listener.Dispose();
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
            var connection = new ChaosConnection(Interlocked.Increment(ref _count), socket);
            lock (_connections)
            {
                _connections.Add(connection);
                _running.Add(Task.Run(() => ServeAsync(connection)));
            }
        }
    }

    private async Task ServeAsync(ChaosConnection connection)
    {
        var token = _stop.Token;
        _log?.Invoke($"connection {connection.Number} from {connection.RemoteEndPoint}: {Scenario.Name}");
        Exception? error = null;
        try
        {
            if (Scenario.CertificateFor(connection.Number) is { } certificate)
            {
                var tls = new SslStream(new NetworkStream(connection.Socket, ownsSocket: false), leaveInnerStreamOpen: false);
                using var handshake = CancellationTokenSource.CreateLinkedTokenSource(token);
                handshake.CancelAfter(TlsHandshakeTimeout);
                await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, handshake.Token).ConfigureAwait(false);
                connection.UseStream(tls);
            }
            _accepted.Writer.TryWrite(connection);
            if (Scenario.ReadsClient)
                connection.StartReading();
            await Scenario.RunAsync(connection, token).ConfigureAwait(false);
            _log?.Invoke($"connection {connection.Number}: {Scenario.Name} sent everything ({connection.BytesSent} bytes)");
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException
            or System.Security.Authentication.AuthenticationException)
        {
            error = e;
            _log?.Invoke($"connection {connection.Number}: ended after {connection.BytesSent} bytes ({e.GetType().Name}: {e.Message})");
        }
        catch (Exception e)
        {
            error = e;
            _log?.Invoke($"connection {connection.Number}: scenario failed: {e}");
        }
        connection.SetFinished(error);
        if (error is not null)
            return;
        // A finished scenario keeps the connection open: the client decides when it is over.
        if (Scenario.ReadsClient)
            await connection.WaitForClientToLeaveAsync(token).ConfigureAwait(false);
        else
            await Task.Delay(Timeout.Infinite, token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _log?.Invoke($"connection {connection.Number}: closed");
        await connection.DisposeAsync().ConfigureAwait(false);
    }
}
