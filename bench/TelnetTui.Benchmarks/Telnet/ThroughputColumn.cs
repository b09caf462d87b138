using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TelnetTui.Benchmarks.Telnet;

/// <summary>
/// Throughput columns: bytes of the benchmark's input ("wire GB/s") or of the data it decodes to
/// ("data GB/s"), divided by the mean time (1 GB = 10^9 bytes).
/// </summary>
public sealed class ThroughputColumn(bool data) : IColumn
{
    public string Id => nameof(ThroughputColumn) + (data ? "Data" : "Wire");
    public string ColumnName => data ? "data GB/s" : "wire GB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => data ? "Decoded data bytes per second, in 10^9 bytes" : "Received (wire) bytes per second, in 10^9 bytes";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        var bytes = SizeOf(method);
        if (report?.ResultStatistics is not { } stats || bytes == 0)
            return "-";
        return (bytes / stats.Mean).ToString("0.00", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    /// <summary>Input size per benchmark method (the column runs in the host process, not where the benchmark ran).</summary>
    private long SizeOf(string method) => data ? DecoderInputs.DataSize : method switch
    {
        "PlainText" or "EnginePlainText" => DecoderInputs.PlainText.Length,
        "IacEvery64Bytes" or "EngineIacEvery64Bytes" => DecoderInputs.IacEvery64.Length,
        "Mccp2Stream" or "Mccp2ReferenceZLibStream" => DecoderInputs.Mccp2Stream.Length,
        _ => 0,
    };
}
