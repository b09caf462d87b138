using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using TelnetTui.Tui.Rendering;
using Buffer = TelnetTui.Tui.Buffer;

namespace TelnetTui.Benchmarks.Tui;

/// <summary>
/// Issue 5: diff + encode of a 200x50 frame — the whole screen changed, one line, one character. Each
/// operation is one change (measured as the change and its undo, so every run starts from the same state).
/// The Bytes column is what one change writes to the terminal.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class FrameBenchmarks
{
    private Buffer _before = null!;
    private Buffer _after = null!;
    private FrameEncoder _encoder = null!;
    private readonly ByteBuilder _output = new(1 << 20);

    [Params(FrameChange.FullScreen, FrameChange.OneLine, FrameChange.OneCharacter)]
    public FrameChange Change { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_before, _after) = FrameScenarios.Create(Change);
        _encoder = FrameScenarios.Encoder();
        _encoder.EncodeFull(_before, FrameScenarios.Cursor, _output);
    }

    [Benchmark(OperationsPerInvoke = 2)]
    public int DiffAndEncode()
    {
        _output.Clear();
        _encoder.Encode(_before, _after, FrameScenarios.Cursor, _output);
        var written = _output.Length;
        _output.Clear();
        _encoder.Encode(_after, _before, FrameScenarios.Cursor, _output);
        return written + _output.Length;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new BytesColumn());
    }

    /// <summary>Bytes one change writes (computed once per scenario; the same every run).</summary>
    private sealed class BytesColumn : IColumn
    {
        public string Id => nameof(BytesColumn);
        public string ColumnName => "Bytes";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Size;
        public string Legend => "Bytes written to the terminal for one change";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var change = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(Change))?.Value;
            return change is FrameChange c ? FrameScenarios.Bytes(c).ToString() : "?";
        }
    }
}
