using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TelnetTui.Chaos.Tests.Infrastructure;

/// <summary>A plain host on 127.0.0.1 port 0 that sends the lines a test tells it to, one connection at a time.</summary>
internal sealed class LineHost : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private Socket? _client;

    public LineHost() => _listener.Start();

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Waits for the client to connect.</summary>
    public void Accept(TimeSpan timeout)
    {
        var accept = _listener.AcceptSocketAsync();
        if (!accept.Wait(timeout))
            throw new TimeoutException("the client did not connect");
        _client = accept.Result;
        _client.NoDelay = true;
    }

    /// <summary>Sends one line (CR LF); returns when it was handed to the kernel.</summary>
    public long Send(string line)
    {
        _client!.Send(Encoding.UTF8.GetBytes(line + "\r\n"));
        return Stopwatch.GetTimestamp();
    }

    public void Dispose()
    {
        _client?.Dispose();
        _listener.Stop();
        _listener.Dispose();
    }
}
