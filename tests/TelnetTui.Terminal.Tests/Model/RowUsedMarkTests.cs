using System.Text;
using TelnetTui.Terminal.Model;

namespace TelnetTui.Terminal.Tests.Model;

/// <summary>
/// Each row remembers where its content may end, so scrolling clears and stores only that much. If any way of
/// writing a cell forgot to move the mark, a reused row would show old text, or scrollback would lose the end
/// of a line. These tests drive every kind of edit and check the rule on every row after each one.
/// </summary>
public class RowUsedMarkTests
{
    private static readonly string[] Pieces =
    [
        "word", "longer words here ", "\u4E2D\u6587", "e\u0301", "\U0001F600", "\r\n", "\n", "\r", "\b", "\t",
        "\e[K", "\e[1K", "\e[2K", "\e[J", "\e[1J", "\e[2J", "\e[?1K", "\e[?0J", "\e[3X", "\e[4@", "\e[2P", "\e[2L",
        "\e[3M", "\e[2S", "\e[2T", "\e[5b", "\e#8", "\eM", "\e[4h", "\e[4l", "\e[?7l", "\e[?7h", "\e[?1049h",
        "\e[?1049l", "\e[41m", "\e[48;2;9;9;9m", "\e[38;5;99m", "\e[0m", "\e[1\"q", "\e[0\"q", "\e[r",
    ];

    [Fact]
    public void Cells_past_each_rows_mark_stay_empty_whatever_edits_the_row()
    {
        var random = new Random(7);
        var t = new VirtualTerminal(new TerminalOptions { Columns = 30, Rows = 8, ScrollbackLines = 50 });
        for (var step = 0; step < 4000; step++)
        {
            var piece = random.Next(6) switch
            {
                0 => $"\e[{random.Next(1, 10)};{random.Next(1, 32)}H",
                1 => $"\e[{random.Next(1, 5)};{random.Next(5, 9)}r",
                _ => Pieces[random.Next(Pieces.Length)],
            };
            t.Feed(Encoding.UTF8.GetBytes(piece));
            if (step % 500 == 499)
                t.Resize(random.Next(10, 40), random.Next(3, 12));
            AssertMarksHold(t.Screen, $"step {step}, after {Printable(piece)}");
        }
    }

    [Fact]
    public void A_row_filled_by_alignment_test_comes_back_blank_after_scrolling_off()
    {
        var t = new VirtualTerminal(new TerminalOptions { Columns = 20, Rows = 3, ScrollbackLines = 10 });
        t.Feed("\e#8\e[3;1H\n\n\n"u8);
        Assert.Equal("", t.Screen.GetLineText(2));
        Assert.Equal(new string('E', 20), t.Screen.GetLineText(-1));
    }

    [Fact]
    public void Erasing_the_end_of_a_line_then_writing_past_the_erase_keeps_the_whole_line_in_scrollback()
    {
        var t = new VirtualTerminal(new TerminalOptions { Columns = 20, Rows = 2, ScrollbackLines = 10 });
        t.Feed("abcdefghij\e[1;4H\e[K\e[1;15Hxyz\r\n\n"u8);
        Assert.Equal("abc           xyz", t.Screen.GetLineText(-1));
    }

    private static void AssertMarksHold(Screen screen, string where)
    {
        foreach (var grid in new[] { screen.MainGrid, screen.AltGrid })
        {
            for (var r = 0; r < grid.Height; r++)
            {
                var row = grid[r];
                var past = row.Cells[row.UsedCells.Length..];
                var stray = past.IndexOfAnyExcept(PackedCell.Empty);
                Assert.True(stray < 0, $"{where}: row {r} has a cell at column {row.UsedCells.Length + stray} past its mark");
            }
        }
    }

    private static string Printable(string text) => text.Replace("\e", "ESC").Replace("\r", "CR").Replace("\n", "LF");
}
