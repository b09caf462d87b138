using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TelnetTui.Benchmarks.Scripting;

/// <summary>Lines of <see cref="MudStream"/> per second: its line count divided by the mean time.</summary>
public sealed class LinesPerSecondColumn : IColumn
{
    public string Id => nameof(LinesPerSecondColumn);
    public string ColumnName => "lines/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Lines of the 10 MiB MUD stream per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        if (summary[benchmarkCase]?.ResultStatistics is not { } stats)
            return "-";
        // Mean is in nanoseconds.
        return (MudStream.Lines / (stats.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
