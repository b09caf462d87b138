using System.Net;
using System.Net.Sockets;

namespace TelnetTui.Telnet.Tests.Infrastructure;

/// <summary>A raw TCP peer on 127.0.0.1 (ephemeral port) that plays scripted bytes to a client under test.</summary>
public sealed class RawPeer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task<Socket> _accepted;

    public RawPeer()
    {
        _listener.Start();
        _accepted = _listener.AcceptSocketAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public async Task<Socket> SocketAsync() => await _accepted.WaitAsync(TimeSpan.FromSeconds(10));

    public async Task SendAsync(byte[] bytes)
    {
        var s = await SocketAsync();
        await s.SendAsync(bytes);
    }

    /// <summary>Reads until <paramref name="count"/> bytes arrived or the peer closed; returns what came.</summary>
    public async Task<byte[]> ReceiveAsync(int count, TimeSpan timeout)
    {
        var s = await SocketAsync();
        var result = new List<byte>();
        var buffer = new byte[4096];
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (result.Count < count)
            {
                var n = await s.ReceiveAsync(buffer, cts.Token);
                if (n == 0)
                    break;
                result.AddRange(buffer.AsSpan(0, n));
            }
        }
        catch (OperationCanceledException)
        {
        }
        return result.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        if (_accepted.IsCompletedSuccessfully)
            _accepted.Result.Dispose();
        else
            _ = _accepted.ContinueWith(t => t.Result.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion);
        await Task.CompletedTask;
    }
}
