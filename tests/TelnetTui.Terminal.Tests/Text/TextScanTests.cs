using FsCheck;
using FsCheck.Fluent;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Terminal.Tests.Text;

/// <summary>The vectorised scans agree with the plain definitions they speed up.</summary>
public class TextScanTests
{
    private static readonly Gen<char> Chars = Gen.Frequency(
        (6, Gen.Choose(0x20, 0x7E).Select(c => (char)c)),
        (1, Gen.Choose(0, 0x1F).Select(c => (char)c)),
        (1, Gen.Choose(0x7F, 0x9F).Select(c => (char)c)),
        (3, Gen.Choose(0xA0, 0x2FFF).Select(c => (char)c)),
        (1, Gen.Choose(0xD800, 0xDFFF).Select(c => (char)c)),
        (2, Gen.Choose(0x2400, 0x2700).Select(c => (char)c)),
        (1, Gen.Choose(0x3000, 0xFFFF).Select(c => (char)c)));

    [Fact]
    public void Printable_run_length_matches_its_definition()
    {
        Prop.ForAll(Gen.ArrayOf(Chars).ToArbitrary(), chars =>
        {
            var expected = Array.FindIndex(chars, c => c < 0x20 || (c >= 0x7F && c <= 0x9F) || char.IsSurrogate(c));
            return TextScan.PrintableRunLength(chars) == (expected < 0 ? chars.Length : expected);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Narrow_run_length_matches_the_width_table()
    {
        Prop.ForAll(Gen.ArrayOf(Chars).ToArbitrary(), chars =>
        {
            var expected = Array.FindIndex(chars, c => CharWidth.Of(c) != 1);
            return TextScan.NarrowRunLength(chars, chars.Length) == (expected < 0 ? chars.Length : expected);
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>A run limited to fewer characters than the text (the rest of the row) stops at the limit, though vectors read beyond it.</summary>
    [Fact]
    public void Narrow_run_length_stops_at_the_limit_inside_a_longer_text()
    {
        Prop.ForAll(Gen.ArrayOf(Chars).ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), (chars, limit) =>
        {
            var max = Math.Min(limit, chars.Length);
            var expected = Array.FindIndex(chars, 0, max, c => CharWidth.Of(c) != 1);
            return TextScan.NarrowRunLength(chars, max) == (expected < 0 ? max : expected);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_ranges_taken_as_one_column_without_lookup_are_one_column_in_the_table()
    {
        foreach (var (first, last) in new[] { (0x20, 0x2FF), (0x2100, 0x22FF), (0x2400, 0x25FC) })
        {
            for (var c = first; c <= last; c++)
            {
                if (c is >= 0x7F and <= 0x9F)
                    continue;
                Assert.True(CharWidth.Of(c) == 1, $"U+{c:X4} is not one column");
            }
        }
    }

    [Fact]
    public void Fill_cells_puts_each_char_with_the_style()
    {
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0x20, 0x7E).Select(c => (char)c)).ToArbitrary(), chars =>
        {
            var cells = new ulong[chars.Length];
            TextScan.FillCells(cells, chars, 0xABC0_0000_0000UL);
            return cells.Select((v, i) => v == (0xABC0_0000_0000UL | chars[i])).All(x => x);
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Short runs are written four cells at a time with an overlapping last step: nothing after the run changes.</summary>
    [Fact]
    public void Fill_cells_writes_only_the_run_at_every_length()
    {
        for (var length = 0; length <= 40; length++)
        {
            var chars = Enumerable.Range(0, length).Select(i => (char)('a' + i % 26)).ToArray();
            var cells = new ulong[length + 8];
            Array.Fill(cells, ulong.MaxValue);
            TextScan.FillCells(cells.AsSpan(0, length), chars, 0x1_0000_0000UL);
            for (var i = 0; i < cells.Length; i++)
                Assert.Equal(i < length ? 0x1_0000_0000UL | chars[i] : ulong.MaxValue, cells[i]);
        }
    }
}
