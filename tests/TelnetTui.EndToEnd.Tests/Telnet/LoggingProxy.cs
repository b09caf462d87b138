using System.Net;
using System.Net.Sockets;

namespace TelnetTui.EndToEnd.Tests.Telnet;

/// <summary>
/// A transparent TCP proxy on 127.0.0.1 (ephemeral port) that records both byte streams, to confirm
/// what really crossed the wire. (libtelnet-utils' telnet-proxy listens on every interface, so the
/// tests use this one.) Serves one connection.
/// </summary>
public sealed class LoggingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<byte> _clientToServer = [];
    private readonly List<byte> _serverToClient = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _run;

    public LoggingProxy(int targetPort)
    {
        _listener.Start();
        _run = RunAsync(targetPort);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public byte[] ClientToServer
    {
        get
        {
            lock (_clientToServer)
                return [.. _clientToServer];
        }
    }

    public byte[] ServerToClient
    {
        get
        {
            lock (_serverToClient)
                return [.. _serverToClient];
        }
    }

    private async Task RunAsync(int targetPort)
    {
        using var client = await _listener.AcceptSocketAsync(_stop.Token);
        using var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await server.ConnectAsync(IPAddress.Loopback, targetPort, _stop.Token);
        await Task.WhenAll(PumpAsync(client, server, _clientToServer), PumpAsync(server, client, _serverToClient));
    }

    private async Task PumpAsync(Socket from, Socket to, List<byte> log)
    {
        var buffer = new byte[8192];
        try
        {
            while (true)
            {
                var n = await from.ReceiveAsync(buffer, _stop.Token);
                if (n == 0)
                {
                    to.Shutdown(SocketShutdown.Send);
                    return;
                }
                lock (log)
                    log.AddRange(buffer.AsSpan(0, n));
                await to.SendAsync(buffer.AsMemory(0, n), _stop.Token);
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _run.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }
}
