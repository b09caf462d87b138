using TelnetTui.Terminal.Model;

namespace TelnetTui.Terminal.Tests.Model;

/// <summary>
/// The scrollback line format: every line comes back cell for cell, and it is kept as style runs exactly
/// when there are few enough of them (one per <see cref="ScrollbackLineCodec.CellsPerRun"/> cells at most).
/// Lengths and run sizes straddle the vector widths and the 64-cell words of the run-start bitmap.
/// </summary>
public class ScrollbackLineCodecTests
{
    public static TheoryData<int, int> Shapes()
    {
        var data = new TheoryData<int, int>();
        foreach (var length in new[] { 1, 3, 7, 8, 9, 15, 16, 17, 63, 64, 65, 79, 80, 81, 127, 128, 129, 300, 2048 })
        {
            foreach (var run in new[] { 1, 2, 3, 7, 8, 9, 56, 57, 63, 64, 65, 100_000 })
                data.Add(length, run);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Lines_decode_to_the_cells_that_were_encoded(int length, int runLength)
    {
        var cells = new ulong[length];
        for (var i = 0; i < length; i++)
        {
            var style = (ulong)(i / runLength % 5 + 1) << PackedCell.ForegroundShift;
            if (i / runLength % 3 == 2)
                style |= PackedCell.DirectForegroundFlag | ((ulong)(i / runLength) << PackedCell.ForegroundShift);
            cells[i] = style | (uint)('a' + i % 26);
        }
        AssertRoundTrip(cells, expectedRuns: (length + runLength - 1) / runLength);
    }

    [Fact]
    public void Random_lines_decode_to_the_cells_that_were_encoded()
    {
        var random = new Random(20261121);
        for (var n = 0; n < 2000; n++)
        {
            var cells = new ulong[random.Next(1, 400)];
            var runs = 0;
            ulong style = 0;
            for (var i = 0; i < cells.Length; i++)
            {
                if (i == 0 || random.Next(random.Next(1, 40)) == 0)
                {
                    var next = (ulong)random.NextInt64() & PackedCell.StyleMask;
                    if (i == 0 || next != style)
                        runs++;
                    style = next;
                }
                cells[i] = style | (uint)random.Next(0x20, 0x3000);
            }
            AssertRoundTrip(cells, runs);
        }
    }

    private static void AssertRoundTrip(ulong[] cells, int expectedRuns)
    {
        var units = new uint[ScrollbackLineCodec.MaxUnits(cells.Length)];
        var used = ScrollbackLineCodec.Encode(cells, units);
        var asRuns = cells.Length >= ScrollbackLineCodec.CellsPerRun && expectedRuns <= cells.Length / ScrollbackLineCodec.CellsPerRun;
        Assert.Equal(asRuns ? 2 + expectedRuns * 3 + cells.Length : 1 + cells.Length * 2, used);
        var scratch = new ulong[1];
        Assert.Equal(cells, ScrollbackLineCodec.Decode(units.AsSpan(0, used), ref scratch).ToArray());
    }
}
