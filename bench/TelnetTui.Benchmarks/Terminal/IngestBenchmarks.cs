using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using TelnetTui.Terminal;
using TelnetTui.Terminal.Text;
using TelnetTui.Benchmarks.Common;

namespace TelnetTui.Benchmarks.Terminal;

/// <summary>
/// Issue 3: ingest throughput of decoder + parser + emulator at 80x25 with 1,000 lines of scrollback,
/// on 50 MiB of (a) plain text lines, (b) SGR-heavy coloured words, (c) cursor-addressed updates,
/// (d) CP437 ANSI art. Data is fed in 16 KiB reads, as a socket would deliver it. Target: 250 MiB/s each.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class IngestBenchmarks
{
    private const int ReadSize = 16 * 1024;
    private byte[] _input = [];
    private VirtualTerminal _terminal = null!;

    [Params("plain", "sgr", "cursor", "cp437")]
    public string Workload { get; set; } = "plain";

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(RateColumn.MiBPerSecond(IngestInputs.SizeMiB));
    }

    [GlobalSetup]
    public void Setup()
    {
        _input = IngestInputs.Create(Workload);
        _terminal = new VirtualTerminal(new TerminalOptions
        {
            Columns = 80,
            Rows = 25,
            ScrollbackLines = 1000,
            Encoding = Workload == "cp437" ? TerminalEncoding.Cp437 : TerminalEncoding.Utf8,
        });
    }

    [Benchmark]
    public int Ingest()
    {
        var input = _input.AsSpan();
        for (var i = 0; i < input.Length; i += ReadSize)
            _terminal.Feed(input.Slice(i, Math.Min(ReadSize, input.Length - i)));
        return _terminal.Screen.Cursor.Row;
    }
}
