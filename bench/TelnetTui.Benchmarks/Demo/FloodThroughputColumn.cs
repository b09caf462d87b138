using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TelnetTui.Benchmarks.Demo;

/// <summary>Flood bytes (50,000,000 per operation) per second, in 10^6 bytes.</summary>
public sealed class FloodThroughputColumn : IColumn
{
    public string Id => nameof(FloodThroughputColumn);
    public string ColumnName => "flood MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Flood text bytes per second, in 10^6 bytes";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        => summary[benchmarkCase]?.ResultStatistics is { } stats
            ? (FloodBenchmarks.FloodBytes / stats.Mean * 1000).ToString("0", CultureInfo.InvariantCulture)
            : "-";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
