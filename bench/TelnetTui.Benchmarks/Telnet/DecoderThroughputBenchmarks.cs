using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using TelnetTui.Telnet.Decoding;
using TelnetTui.Telnet.Engine;
using TelnetTui.Benchmarks.Common;

namespace TelnetTui.Benchmarks.Telnet;

/// <summary>
/// Decoder throughput (issue 2): (a) text without IAC, (b) 0xFF every 64 bytes, (c) an MCCP2 stream.
/// Input is fed in 64 KiB reads like a socket would deliver it; "wire GB/s" counts received bytes,
/// "data GB/s" the 4 MiB of text they decode to.
/// The last two rows run the whole engine (decoder, options, DataReceived event) on (a) and (b).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class DecoderThroughputBenchmarks
{
    private const int ReadSize = 64 * 1024;
    private readonly CountingSink _sink = new();
    private TelnetDecoder _decoder = null!;
    private TelnetEngine _engine = null!;
    private long _engineBytes;

    [GlobalSetup]
    public void Setup()
    {
        _decoder = new TelnetDecoder(_sink) { CompressionOption = 86 };
        _engine = new TelnetEngine();
        _engine.DataReceived += data => _engineBytes += data.Length;
    }

    [Benchmark(Description = "(a) text, no IAC")]
    public long PlainText() => Feed(DecoderInputs.PlainText);

    [Benchmark(Description = "(b) 0xFF every 64 bytes")]
    public long IacEvery64Bytes() => Feed(DecoderInputs.IacEvery64);

    [Benchmark(Description = "(c) MCCP2 stream")]
    public long Mccp2Stream() => Feed(DecoderInputs.Mccp2Stream);

    /// <summary>For comparison: the same zlib stream through System.IO.Compression (native zlib), no telnet decoding.</summary>
    [Benchmark(Description = "(c) zlib only, ZLibStream")]
    public long Mccp2ReferenceZLibStream()
    {
        using var z = new System.IO.Compression.ZLibStream(new MemoryStream(DecoderInputs.Mccp2Stream, 5, DecoderInputs.Mccp2Stream.Length - 5), System.IO.Compression.CompressionMode.Decompress);
        long total = 0;
        int n;
        while ((n = z.Read(_scratch)) > 0)
            total += n;
        return total;
    }

    private readonly byte[] _scratch = new byte[ReadSize];

    [Benchmark(Description = "engine, (a)")]
    public long EnginePlainText() => FeedEngine(DecoderInputs.PlainText);

    [Benchmark(Description = "engine, (b)")]
    public long EngineIacEvery64Bytes() => FeedEngine(DecoderInputs.IacEvery64);

    private long Feed(byte[] input)
    {
        _sink.Bytes = 0;
        for (var i = 0; i < input.Length; i += ReadSize)
            _decoder.Feed(input.AsSpan(i, Math.Min(ReadSize, input.Length - i)));
        return _sink.Bytes;
    }

    private long FeedEngine(byte[] input)
    {
        _engineBytes = 0;
        for (var i = 0; i < input.Length; i += ReadSize)
            _engine.Receive(input.AsSpan(i, Math.Min(ReadSize, input.Length - i)));
        return _engineBytes;
    }

    private sealed class CountingSink : ITelnetDecoderSink
    {
        public long Bytes;
        public void OnData(ReadOnlySpan<byte> data) => Bytes += data.Length;
        public void OnCommand(byte command) { }
        public void OnNegotiation(byte verb, byte option) { }
        public void OnSubnegotiation(byte option, ReadOnlySpan<byte> payload) { }
        public void OnNotice(DecoderNotice notice) { }
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(
            new RateColumn("WireGBPerSecond", "wire GB/s", "Received (wire) bytes per second, in 10^9 bytes", c => WireBytes(c.Descriptor.WorkloadMethod.Name) / 1e9, "0.00"),
            new RateColumn("DataGBPerSecond", "data GB/s", "Decoded data bytes per second, in 10^9 bytes", c => WireBytes(c.Descriptor.WorkloadMethod.Name) > 0 ? DecoderInputs.DataSize / 1e9 : null, "0.00"));

        /// <summary>Input size per benchmark method.</summary>
        private static long WireBytes(string method) => method switch
        {
            "PlainText" or "EnginePlainText" => DecoderInputs.PlainText.Length,
            "IacEvery64Bytes" or "EngineIacEvery64Bytes" => DecoderInputs.IacEvery64.Length,
            "Mccp2Stream" or "Mccp2ReferenceZLibStream" => DecoderInputs.Mccp2Stream.Length,
            _ => 0,
        };
    }
}
