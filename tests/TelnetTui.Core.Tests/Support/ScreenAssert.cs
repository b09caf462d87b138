using TelnetTui.Terminal.Model;

namespace TelnetTui.Core.Tests.Support;

/// <summary>Compares two screens the way a user would notice: every cell's text and style, line marks, cursor, size.</summary>
internal static class ScreenAssert
{
    public static void Equal(Screen expected, Screen actual, bool includeScrollback = true)
    {
        Assert.Equal((expected.Columns, expected.Rows), (actual.Columns, actual.Rows));
        Assert.Equal(expected.Cursor.Row, actual.Cursor.Row);
        Assert.Equal(expected.Cursor.Column, actual.Cursor.Column);
        var first = includeScrollback ? -expected.ScrollbackCount : 0;
        if (includeScrollback)
            Assert.Equal(expected.ScrollbackCount, actual.ScrollbackCount);
        var a = new Cell[expected.Columns];
        var b = new Cell[expected.Columns];
        for (var line = first; line < expected.Rows; line++)
        {
            Assert.True(expected.GetLineText(line) == actual.GetLineText(line),
                $"line {line}: expected '{expected.GetLineText(line)}', got '{actual.GetLineText(line)}'");
            Assert.True(expected.GetLineFlags(line) == actual.GetLineFlags(line), $"line {line}: flags {expected.GetLineFlags(line)} vs {actual.GetLineFlags(line)}");
            expected.ReadLine(line, a);
            actual.ReadLine(line, b);
            for (var col = 0; col < a.Length; col++)
            {
                if (a[col].Text != b[col].Text || a[col].Style != b[col].Style)
                    Assert.Fail($"line {line} column {col}: expected {Describe(a[col])}, got {Describe(b[col])}");
            }
        }
    }

    private static string Describe(Cell c) => c.ToString();

    public static string Text(Screen screen) =>
        string.Join("\n", Enumerable.Range(0, screen.Rows).Select(r => screen.GetLineText(r).TrimEnd()));
}
