using System.Text;

namespace TelnetTui.Tui.Tests.Support;

/// <summary>
/// Compares a rendered buffer with expected lines of text and, optionally, a grid of style letters
/// (ratatui's way of testing widgets: render into memory, compare with what a user would see).
/// </summary>
public static class BufferAssert
{
    public static void Lines(Buffer buffer, params string[] expected)
    {
        var actual = Enumerable.Range(0, buffer.Height).Select(buffer.GetLine).ToArray();
        var padded = expected.Select(e => Pad(e, buffer.Width)).ToArray();
        if (!padded.SequenceEqual(actual))
            Assert.Fail("buffer differs\nexpected:\n" + Show(padded) + "\nactual:\n" + Show(actual));
    }

    /// <summary>
    /// Checks styles cell by cell: <paramref name="grid"/> has one letter per cell, each letter a key of
    /// <paramref name="legend"/>; '.' (if not in the legend) means "don't care". A wide character's
    /// continuation cell is compared too.
    /// </summary>
    public static void Styles(Buffer buffer, IReadOnlyDictionary<char, Style> legend, params string[] grid)
    {
        for (var y = 0; y < grid.Length; y++)
        {
            for (var x = 0; x < grid[y].Length; x++)
            {
                var key = grid[y][x];
                if (!legend.TryGetValue(key, out var expected))
                    continue;
                var actual = buffer[x, y].Style;
                if (actual != expected)
                    Assert.Fail($"style at ({x},{y}) is '{actual}', expected '{key}' = '{expected}'\nbuffer:\n{buffer}");
            }
        }
    }

    public static void StyleAt(Buffer buffer, int x, int y, Style expected) =>
        Assert.True(buffer[x, y].Style == expected, $"style at ({x},{y}) is '{buffer[x, y].Style}', expected '{expected}'\nbuffer:\n{buffer}");

    private static string Pad(string line, int width)
    {
        var w = Text.CharWidth.Of(line);
        return w >= width ? line : line + new string(' ', width - w);
    }

    private static string Show(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
            sb.Append('|').Append(line).Append("|\n");
        return sb.ToString();
    }
}
