using System.Net.Sockets;
using System.Text;
using TelnetTui.Telnet.Engine;

namespace TelnetTui.App.Tests.Demo.Support;

/// <summary>
/// A client that keeps the raw bytes from the socket (before MCCP inflation) beside the data our engine
/// decodes from them, to check what is on the wire. Optionally stops reading, to play a stuck client.
/// </summary>
internal sealed class WireClient : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly List<byte> _raw = [];
    private readonly List<byte> _data = [];
    private readonly CancellationTokenSource _stop = new();
    private TelnetEngine _engine = null!;
    private Task _reader = Task.CompletedTask;
    private volatile bool _paused;

    public static async Task<WireClient> ConnectAsync(int port, TelnetSettings? settings = null)
    {
        var client = new WireClient();
        await client._socket.ConnectAsync("127.0.0.1", port, DemoClient.Ct);
        client._engine = new TelnetEngine(settings ?? new TelnetSettings());
        client._engine.DataReceived += bytes => client._data.AddRange(bytes);
        lock (client._gate)
        {
            client._engine.Start();
            client.FlushLocked();
        }
        client._reader = Task.Run(client.ReadLoopAsync);
        return client;
    }

    public long RawCount
    {
        get
        {
            lock (_gate)
                return _raw.Count;
        }
    }

    public byte[] Raw
    {
        get
        {
            lock (_gate)
                return [.. _raw];
        }
    }

    public byte[] Data
    {
        get
        {
            lock (_gate)
                return [.. _data];
        }
    }

    public string Text => Encoding.UTF8.GetString(Data);

    public bool IsReceiveCompressed
    {
        get
        {
            lock (_gate)
                return _engine.IsReceiveCompressed;
        }
    }

    /// <summary>Stop reading from the socket (its buffers fill and the server's writes block).</summary>
    public void Pause() => _paused = true;

    public void SendLine(string line)
    {
        lock (_gate)
        {
            _engine.SendLine(Encoding.UTF8.GetBytes(line));
            FlushLocked();
        }
    }

    /// <summary>Sends raw bytes as they are (no telnet escaping).</summary>
    public void SendRaw(ReadOnlySpan<byte> bytes) => _socket.Send(bytes);

    public async Task WaitForTextAsync(string text)
    {
        var start = DateTime.UtcNow;
        while (!Text.Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow - start > DemoClient.Wait)
                Assert.Fail($"timed out waiting for \"{text}\"; got:\n{Text[Math.Max(0, Text.Length - 2000)..]}");
            await Task.Delay(15, DemoClient.Ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        await _reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[16 * 1024];
        while (!_stop.IsCancellationRequested)
        {
            if (_paused)
            {
                await Task.Delay(20, _stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }
            int n;
            try
            {
                n = await _socket.ReceiveAsync(buffer, _stop.Token);
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            if (n == 0)
                return;
            lock (_gate)
            {
                _raw.AddRange(buffer.AsSpan(0, n));
                _engine.Receive(buffer.AsSpan(0, n));
                FlushLocked();
            }
        }
    }

    private void FlushLocked()
    {
        if (_engine.HasPendingOutput)
            _socket.Send(_engine.TakeOutput());
    }
}
