using System.Net;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using TelnetTui.Demo;
using TelnetTui.Demo.Assets;
using TelnetTui.Demo.Mud;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Benchmarks.Common;

namespace TelnetTui.Benchmarks.Demo;

/// <summary>
/// The demo server's <c>flood 50000000</c>: (a) the generator alone, (b) generator + telnet encoding as
/// the server does it (engine SendData, output taken per chunk), (c) the same with MCCP2 compressing,
/// (d) the whole server over loopback to a client that only counts bytes. The generator must be far
/// faster than (d), so a flood is limited by the network and the client, never by making the text.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FloodConfig))]
public class FloodBenchmarks
{
    public const long FloodBytes = 50_000_000;

    private FloodLines _lines = null!;
    private byte[] _buffer = null!;
    private DemoServer? _server;
    private Socket? _client;
    private readonly byte[] _receive = new byte[256 * 1024];

    [GlobalSetup]
    public void Setup()
    {
        _lines = DemoAssets.Default.Flood;
        _buffer = new byte[new FloodGenerator(_lines, 1).BufferSize];
    }

    [GlobalSetup(Target = nameof(LoopbackServerToClient))]
    public void SetupLoopback()
    {
        Setup();
        _server = new DemoServer(new DemoServerOptions { NegotiationWait = TimeSpan.FromMilliseconds(100), IdleTimeout = TimeSpan.FromHours(1) });
        _server.Start();
        _client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _client.Connect(new IPEndPoint(IPAddress.Loopback, _server.LocalEndPoint.Port));
        // The client never answers negotiation: no MCCP2, prompts end in IAC GA.
        DrainToPrompt(0);
        _client.Send("mud\r\n"u8);
        DrainToPrompt(0);
    }

    [GlobalCleanup(Target = nameof(LoopbackServerToClient))]
    public void CleanupLoopback()
    {
        _client?.Dispose();
        _server?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "(a) generator only")]
    public long GeneratorOnly()
    {
        var generator = new FloodGenerator(_lines, FloodBytes);
        long total = 0;
        int n;
        while ((n = generator.Next(_buffer)) > 0)
            total += n;
        return total;
    }

    [Benchmark(Description = "(b) generator + telnet encoding")]
    public long GeneratorAndEngine() => Encode(compress: false);

    [Benchmark(Description = "(c) generator + encoding + MCCP2")]
    public long GeneratorEngineAndMccp2() => Encode(compress: true);

    [Benchmark(Description = "(d) server → loopback → client")]
    public long LoopbackServerToClient()
    {
        _client!.Send("flood 50000000\r\n"u8);
        return DrainToPrompt(FloodBytes);
    }

    private long Encode(bool compress)
    {
        var engine = new TelnetEngine(new TelnetSettings { Role = TelnetRole.Server, Policy = NegotiationPolicy.ForServer() });
        engine.Start();
        if (compress)
            engine.Receive([TelnetCommand.Iac, TelnetCommand.Do, TelnetOption.Mccp2]);
        engine.ClearOutput();
        var generator = new FloodGenerator(_lines, FloodBytes);
        long wire = 0;
        int n;
        while ((n = generator.Next(_buffer)) > 0)
        {
            engine.SendData(_buffer.AsSpan(0, n));
            using var lease = engine.LeaseOutput(); // as TelnetConnection hands it to the socket
            wire += lease.Length;
        }
        return wire;
    }

    /// <summary>Reads until at least <paramref name="atLeast"/> bytes came and the last read ended in IAC GA (the prompt).</summary>
    private long DrainToPrompt(long atLeast)
    {
        long total = 0;
        while (true)
        {
            var n = _client!.Receive(_receive);
            if (n == 0)
                throw new InvalidOperationException("the server closed the connection");
            total += n;
            if (total >= atLeast && n >= 2 && _receive[n - 2] == TelnetCommand.Iac && _receive[n - 1] == TelnetCommand.Ga)
                return total;
        }
    }

    private sealed class FloodConfig : ManualConfig
    {
        public FloodConfig() => AddColumn(new RateColumn("FloodMBPerSecond", "flood MB/s", "Flood text bytes per second, in 10^6 bytes", _ => FloodBytes / 1e6, "0"));
    }
}
