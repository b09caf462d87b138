using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TelnetTui.Benchmarks.Common;

/// <summary>
/// A throughput column: how much one operation handles (bytes, MiB, lines), divided by the mean time of
/// an operation in seconds. The amount is computed in the host process, not where the benchmark ran, so
/// it must come from constants or deterministic inputs; null (or 0) for a benchmark it does not describe.
/// </summary>
/// <param name="id">A unique column id.</param>
/// <param name="name">The header ("MiB/s", "lines/s").</param>
/// <param name="legend">What the number means, for the legend under the table.</param>
/// <param name="amount">The amount one operation of a benchmark handles, in the column's unit.</param>
/// <param name="format">The number format ("F1", "N0").</param>
public sealed class RateColumn(string id, string name, string legend, Func<BenchmarkCase, double?> amount, string format) : IColumn
{
    /// <summary>MiB/s of an input of <paramref name="sizeMiB"/> MiB per operation.</summary>
    public static RateColumn MiBPerSecond(double sizeMiB)
        => new("MiBPerSecond", "MiB/s", $"Input size ({sizeMiB} MiB) / mean time", _ => sizeMiB, "F1");

    public string Id => id;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        // Mean is in nanoseconds.
        if (summary[benchmarkCase]?.ResultStatistics is not { Mean: > 0 } stats || amount(benchmarkCase) is not (> 0 and var perOperation))
            return "-";
        return (perOperation / (stats.Mean / 1e9)).ToString(format, CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
