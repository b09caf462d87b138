using System.Text;
using BenchmarkDotNet.Attributes;
using TelnetTui.Tui;
using Buffer = TelnetTui.Tui.Buffer;

namespace TelnetTui.Benchmarks.Tui;

/// <summary>
/// What a terminal pane pays each frame to copy a screen model's 200x50 snapshot into the frame buffer
/// through <see cref="Buffer.Row"/>: one cell per character, width known, ASCII and some CJK.
/// </summary>
[MemoryDiagnoser]
public class BulkCopyBenchmarks
{
    private readonly Buffer _buffer = new(FrameScenarios.Width, FrameScenarios.Height);
    private (Rune Rune, int Width, Style Style)[] _snapshot = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5);
        _snapshot = new (Rune, int, Style)[FrameScenarios.Width * FrameScenarios.Height];
        for (var i = 0; i < _snapshot.Length; i++)
        {
            var wide = random.Next(20) == 0 && i % FrameScenarios.Width < FrameScenarios.Width - 1;
            _snapshot[i] = (wide ? new Rune('中') : new Rune('a' + random.Next(26)), wide ? 2 : 1, new Style(Color.FromIndex(random.Next(16))));
            if (wide)
                _snapshot[++i] = (default, 0, default);
        }
    }

    [Benchmark]
    public void CopySnapshotIntoBuffer()
    {
        for (var y = 0; y < FrameScenarios.Height; y++)
        {
            var row = _buffer.Row(y);
            var source = _snapshot.AsSpan(y * FrameScenarios.Width, FrameScenarios.Width);
            for (var x = 0; x < row.Length; x++)
            {
                var (rune, width, style) = source[x];
                row[x] = width == 0 ? Cell.Continuation(style) : new Cell(rune, width, style);
            }
        }
    }
}
