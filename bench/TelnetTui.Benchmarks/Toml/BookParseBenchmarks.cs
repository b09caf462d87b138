using BenchmarkDotNet.Attributes;
using TelnetTui.Core.Book;
using TelnetTui.Toml;

namespace TelnetTui.Benchmarks.Toml;

/// <summary>
/// Issue 4: "parse and map a 1 MB config with 5,000 hosts; report the time and allocations".
/// Read = TOML text to tables; ReadAndMap = that plus mapping and validating every host;
/// Document = the format-preserving parse the book keeps for editing.
/// </summary>
[MemoryDiagnoser]
public class BookParseBenchmarks
{
    public const int Hosts = 5_000;
    public const int Bytes = 1024 * 1024;

    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = LargeBook.Generate(Hosts, Bytes);
        var (hosts, diagnostics) = BookMapper.Map(TomlReader.Read(_text), "bench.toml");
        if (hosts.Count != Hosts || diagnostics.Count != 0)
            throw new InvalidOperationException($"the benchmark book maps to {hosts.Count} hosts with {diagnostics.Count} diagnostics");
        Console.WriteLine($"// book: {_text.Length} characters, {Hosts} hosts");
    }

    [Benchmark]
    public TomlTable Read() => TomlReader.Read(_text, "bench.toml");

    [Benchmark(Baseline = true)]
    public int ReadAndMap() => BookMapper.Map(TomlReader.Read(_text, "bench.toml"), "bench.toml").Hosts.Count;

    [Benchmark]
    public TomlDocument Document() => TomlDocument.Parse(_text, "bench.toml");
}
