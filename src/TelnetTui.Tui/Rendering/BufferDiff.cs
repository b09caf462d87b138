namespace TelnetTui.Tui.Rendering;

/// <summary>
/// Finds the cells that differ between the last frame and the next one, as runs per row in screen order.
/// Wide characters stay whole: a run that touches either half of one covers both, since the terminal
/// draws the pair with one glyph.
/// </summary>
public static class BufferDiff
{
    /// <summary>Appends the changed runs of <paramref name="current"/> against <paramref name="previous"/> (same size).</summary>
    public static void Compute(Buffer previous, Buffer current, List<DiffRun> runs)
    {
        if (previous.Width != current.Width || previous.Height != current.Height)
            throw new ArgumentException($"buffers differ in size ({previous.Width}x{previous.Height} vs {current.Width}x{current.Height}); redraw in full instead");
        var width = current.Width;
        var before = previous.Cells;
        var after = current.Cells;
        for (var y = 0; y < current.Height; y++)
        {
            var offset = y * width;
            AddRuns(y, before.Slice(offset, width), after.Slice(offset, width), runs);
        }
    }

    /// <summary>Appends the runs of <paramref name="current"/> that differ from a blank screen (after a clear).</summary>
    public static void ComputeAgainstBlank(Buffer current, List<DiffRun> runs)
    {
        var width = current.Width;
        var after = current.Cells;
        for (var y = 0; y < current.Height; y++)
            AddRuns(y, default, after.Slice(y * width, width), runs);
    }

    private static void AddRuns(int y, ReadOnlySpan<Cell> before, ReadOnlySpan<Cell> after, List<DiffRun> runs)
    {
        var blank = Cell.Blank;
        var width = after.Length;
        var x = 0;
        while (x < width)
        {
            if (before.IsEmpty ? after[x].Equals(blank) : after[x].Equals(before[x]))
            {
                x++;
                continue;
            }
            var start = x;
            if (after[start].IsContinuation && start > 0)
                start--; // redraw the wide character whose right half changed
            x++;
            while (x < width && (after[x].IsContinuation || !(before.IsEmpty ? after[x].Equals(blank) : after[x].Equals(before[x]))))
                x++;
            runs.Add(new DiffRun(y, start, x - start));
        }
    }
}
