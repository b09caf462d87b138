using BenchmarkDotNet.Attributes;
using TelnetTui.Telnet.Engine;

namespace TelnetTui.Benchmarks.Telnet;

/// <summary>
/// The engine's outgoing path: a typed line (80 bytes) encoded and handed to a transport, 1,000 times per
/// operation. <c>TakeOutput</c> copies into a fresh array per send; <c>LeaseOutput</c> into a pooled buffer
/// (what <c>TelnetConnection</c> uses). The Allocated column shows the difference.
/// </summary>
[MemoryDiagnoser]
public class SendPathBenchmarks
{
    private const int Sends = 1_000;
    private readonly byte[] _line = System.Text.Encoding.ASCII.GetBytes(new string('x', 80));
    private TelnetEngine _engine = null!;

    [GlobalSetup]
    public void Setup() => _engine = new TelnetEngine();

    [Benchmark(Baseline = true, Description = "SendLine + TakeOutput (array per send)")]
    public long Take()
    {
        long total = 0;
        for (var i = 0; i < Sends; i++)
        {
            _engine.SendLine(_line);
            total += _engine.TakeOutput().Length;
        }
        return total;
    }

    [Benchmark(Description = "SendLine + LeaseOutput (pooled)")]
    public long Lease()
    {
        long total = 0;
        for (var i = 0; i < Sends; i++)
        {
            _engine.SendLine(_line);
            using var lease = _engine.LeaseOutput();
            total += lease.Length;
        }
        return total;
    }
}
