using FsCheck;
using FsCheck.Fluent;
using TelnetTui.Tui.Rendering;

namespace TelnetTui.Tui.Tests.Rendering;

/// <summary>The diff finds exactly the changed cells, in runs, with wide characters whole.</summary>
public class BufferDiffTests
{
    [Fact]
    public void Changed_cells_come_as_runs_per_row()
    {
        var a = new Buffer(10, 3);
        var b = new Buffer(10, 3);
        b.SetString(2, 0, "ab", default);
        b.Set(9, 0, new Cell('z'));
        b.Set(0, 2, new Cell('q', new Style(Color.Red)));
        var runs = new List<DiffRun>();
        BufferDiff.Compute(a, b, runs);
        Assert.Equal([new DiffRun(0, 2, 2), new DiffRun(0, 9, 1), new DiffRun(2, 0, 1)], runs);
    }

    [Fact]
    public void A_style_change_alone_is_a_change()
    {
        var a = new Buffer(3, 1);
        var b = new Buffer(3, 1);
        b.Set(1, 0, Cell.Space(new Style(default, Color.Blue)));
        var runs = new List<DiffRun>();
        BufferDiff.Compute(a, b, runs);
        Assert.Equal([new DiffRun(0, 1, 1)], runs);
    }

    [Fact]
    public void A_change_to_the_right_half_of_a_wide_character_redraws_the_whole_character()
    {
        var a = new Buffer(4, 1);
        a.SetString(0, 0, "中", default);
        var b = new Buffer(4, 1);
        b.SetString(0, 0, "中", default);
        b.Row(0)[1] = Cell.Continuation(new Style(Color.Red));
        var runs = new List<DiffRun>();
        BufferDiff.Compute(a, b, runs);
        Assert.Equal([new DiffRun(0, 0, 2)], runs);
    }

    [Fact]
    public void Buffers_of_different_sizes_are_refused()
    {
        Assert.Throws<ArgumentException>(() => BufferDiff.Compute(new Buffer(2, 2), new Buffer(3, 2), []));
    }

    [Fact]
    public void Copying_the_runs_onto_the_old_frame_gives_the_new_one()
    {
        var glyphs = new[] { "a", "b", " ", "中", "é" };
        var cellGen = Gen.Choose(0, glyphs.Length - 1).SelectMany(g => Gen.Choose(0, 3).Select(c => (g, c)));
        var frames = Gen.Choose(1, 12).SelectMany(w => Gen.Choose(1, 4).SelectMany(h =>
            Gen.ListOf(cellGen).SelectMany(c1 => Gen.ListOf(cellGen).Select(c2 => (w, h, c1.ToArray(), c2.ToArray())))));
        Prop.ForAll(frames.ToArbitrary(), t =>
        {
            var (w, h, first, second) = t;
            var a = Fill(w, h, first, glyphs);
            var b = Fill(w, h, second, glyphs);
            var runs = new List<DiffRun>();
            BufferDiff.Compute(a, b, runs);
            var copy = new Buffer(w, h);
            copy.CopyFrom(a);
            foreach (var run in runs)
                b.Cells.Slice(run.Y * w + run.X, run.Length).CopyTo(copy.Row(run.Y)[run.X..]);
            var covered = runs.Sum(r => r.Length);
            return copy.Cells.SequenceEqual(b.Cells) && covered <= w * h;
        }).QuickCheckThrowOnFailure();
    }

    private static Buffer Fill(int w, int h, (int G, int C)[] cells, string[] glyphs)
    {
        var buffer = new Buffer(w, h);
        for (var i = 0; i < cells.Length; i++)
            buffer.Set(i % w, i / w % h, Cell.FromGrapheme(glyphs[cells[i].G], new Style(Color.FromIndex(cells[i].C))));
        return buffer;
    }
}
