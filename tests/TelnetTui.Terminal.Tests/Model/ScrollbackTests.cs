using System.Text;
using TelnetTui.Terminal.Model;
using TelnetTui.Terminal.Tests.Infrastructure;

namespace TelnetTui.Terminal.Tests.Model;

/// <summary>Scrollback storage: order, limits, recycling and the memory budget the issue sets (100,000 lines × 80 columns within 64 MB).</summary>
[Collection(MemoryMeasurement.Name)]
public class ScrollbackTests
{
    private static VirtualTerminal Terminal(int columns, int rows, int scrollback) =>
        new(new TerminalOptions { Columns = columns, Rows = rows, ScrollbackLines = scrollback });

    private static byte[] FullLines(int count, int width)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var line = $"{i:D8} " + new string((char)('a' + i % 26), width);
            sb.Append(line.AsSpan(0, width)).Append("\r\n");
        }
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    [Fact]
    public void Lines_come_back_in_order_and_the_oldest_fall_out()
    {
        var t = Terminal(80, 5, 10);
        t.Feed(FullLines(30, 20));
        var s = t.Screen;
        Assert.Equal(10, s.ScrollbackCount);
        Assert.Equal(26, s.LinesScrolledOff);
        Assert.StartsWith("00000016", s.GetLineText(-10));
        Assert.StartsWith("00000025", s.GetLineText(-1));
        Assert.StartsWith("00000026", s.GetLineText(0));
    }

    [Fact]
    public void The_limit_can_change_and_scrollback_can_be_cleared()
    {
        var t = Terminal(20, 2, 100);
        t.Feed(FullLines(50, 10));
        Assert.Equal(49, t.Screen.ScrollbackCount);
        t.Screen.SetScrollbackLimit(10);
        Assert.Equal(10, t.Screen.ScrollbackCount);
        Assert.StartsWith("00000039", t.Screen.GetLineText(-10));
        t.Screen.ClearScrollback();
        Assert.Equal(0, t.Screen.ScrollbackCount);
        t.Feed(FullLines(3, 10));
        Assert.Equal(3, t.Screen.ScrollbackCount);
        Assert.StartsWith("00000049", t.Screen.GetLineText(-3)); // the row that was still on screen
        Assert.StartsWith("00000000", t.Screen.GetLineText(-2));
    }

    [Fact]
    public void Styles_and_clusters_survive_into_scrollback()
    {
        var t = Terminal(20, 2, 10);
        t.Feed("\e[38;2;1;2;3;4mRGB\e[0m e\u0301\r\n\r\n\r\n"u8);
        var cell = t.Screen.GetCell(-2, 0);
        Assert.Equal(Color.Rgb(1, 2, 3), cell.Foreground);
        Assert.Equal(UnderlineStyle.Single, cell.Underline);
        Assert.Equal("e\u0301", t.Screen.GetCell(-2, 4).Text);
    }

    [Fact]
    public void Overwriting_half_of_a_wide_character_that_came_back_from_scrollback_blanks_the_other_half()
    {
        var t = Terminal(10, 3, 10);
        t.Feed("\uFF10\uFF11\r\n1\r\n2\r\n3"u8);
        Assert.Equal("\uFF10\uFF11", t.Screen.GetLineText(-1));
        t.Resize(10, 4); // a taller screen takes the line back from scrollback
        Assert.Equal("\uFF10\uFF11", t.Screen.GetLineText(0));
        t.Feed("\e[1;2HX"u8);
        Assert.Equal(" X\uFF11", t.Screen.GetLineText(0));
        Assert.Equal(1, t.Screen.GetCell(0, 0).Width);
        Assert.Equal(0, t.Screen.GetCell(0, 0).CodePoint);
    }

    [Fact]
    public void Steady_scrolling_allocates_nothing()
    {
        var t = Terminal(80, 25, 1000);
        var data = FullLines(5000, 80);
        t.Feed(data); // fill scrollback and the page pool
        var before = GC.GetAllocatedBytesForCurrentThread();
        t.Feed(data);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 64 * 1024, $"feeding 5000 more lines allocated {allocated} bytes");
    }

    /// <summary>Every cell in its own colour: the worst case for style runs, stored as packed 8-byte cells.</summary>
    private static byte[] RainbowLines(int count, int width)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            for (var c = 0; c < width; c++)
                sb.Append($"\e[38;5;{(i + c) % 256}m{(char)('!' + c % 90)}");
            sb.Append("\r\n");
        }
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    private static long MeasureScrollback(byte[] tenThousandLines)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var t = Terminal(80, 25, 100_000);
        for (var i = 0; i < 11; i++)
            t.Feed(tenThousandLines);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Assert.Equal(100_000, t.Screen.ScrollbackCount);
        GC.KeepAlive(t);
        return after - before;
    }

    private const long Budget = 64L * 1024 * 1024;

    [Fact]
    public void One_hundred_thousand_full_lines_of_80_columns_of_text_fit_in_64_MiB()
    {
        var used = MeasureScrollback(FullLines(10_000, 80));
        TestContext.Current.TestOutputHelper?.WriteLine($"100,000 x 80 text lines: {used:N0} bytes ({used / (100_000.0 * 80):F2} bytes per cell)");
        Assert.True(used < Budget, $"100,000 lines use {used:N0} bytes");
    }

    [Fact]
    public void One_hundred_thousand_lines_with_a_colour_per_cell_fit_in_64_MiB()
    {
        var used = MeasureScrollback(RainbowLines(10_000, 80));
        TestContext.Current.TestOutputHelper?.WriteLine($"100,000 x 80 lines, one colour per cell: {used:N0} bytes ({used / (100_000.0 * 80):F2} bytes per cell)");
        Assert.True(used < Budget, $"100,000 lines use {used:N0} bytes");
    }
}
