using System.Text;
using TelnetTui.Tui.Text;

namespace TelnetTui.Tui.Tests.Core;

/// <summary>Cells hold one grapheme and its width; the buffer keeps wide characters whole and clips writes.</summary>
public class CellAndBufferTests
{
    [Theory]
    [InlineData("a", 1)]
    [InlineData("é", 1)]
    [InlineData("中", 2)]
    [InlineData("Ａ", 2)]
    [InlineData("한", 2)]
    [InlineData("😀", 2)]
    [InlineData("e\u0301", 1)]
    public void Cells_know_their_width(string grapheme, int width)
    {
        var cell = Cell.FromGrapheme(grapheme, default);
        Assert.Equal(width, cell.Width);
        Assert.Equal(grapheme, cell.Symbol);
    }

    [Theory]
    [InlineData("\e")]
    [InlineData("\u009b")]
    [InlineData("\r\n")]
    [InlineData("\u0007")]
    public void Controls_never_reach_a_cell(string text)
    {
        var buffer = new Buffer(4, 1);
        buffer.SetString(0, 0, text, default);
        Assert.DoesNotContain(buffer.GetLine(0), c => CharWidth.IsControl(c));
        Assert.Equal("\uFFFD", buffer[0, 0].Symbol);
    }

    [Fact]
    public void A_lone_mark_gets_a_space_to_sit_on()
    {
        var cell = new Cell(new Rune(0x301), default);
        Assert.Equal(1, cell.Width);
        Assert.Equal(" \u0301", cell.Symbol);
    }

    [Fact]
    public void SetString_clips_to_the_width_given_and_reports_columns_used()
    {
        var buffer = new Buffer(10, 1);
        Assert.Equal(3, buffer.SetString(2, 0, "abcdef", default, maxWidth: 3));
        Assert.Equal("  abc     ", buffer.GetLine(0));
        Assert.Equal(2, buffer.SetString(8, 0, "xyz", default));
        Assert.Equal("  abc   xy", buffer.GetLine(0));
    }

    [Fact]
    public void A_wide_character_that_does_not_fit_becomes_a_space()
    {
        var buffer = new Buffer(5, 1);
        buffer.SetString(0, 0, "ab中文", default);
        Assert.Equal("ab中 ", buffer.GetLine(0));
        Assert.True(buffer[3, 0].IsContinuation);
        Assert.True(buffer[4, 0].IsSpace);
    }

    [Fact]
    public void Overwriting_either_half_of_a_wide_character_blanks_the_other()
    {
        var buffer = new Buffer(6, 1);
        buffer.SetString(0, 0, "中文字", default);
        buffer.Set(1, 0, new Cell('x'));
        Assert.Equal(" x文字", buffer.GetLine(0));
        buffer.Set(2, 0, new Cell('y'));
        Assert.Equal(" xy 字", buffer.GetLine(0));
        Assert.False(buffer[3, 0].IsContinuation);
    }

    [Fact]
    public void Writing_from_a_negative_column_clips_on_the_left()
    {
        var buffer = new Buffer(4, 1);
        Assert.Equal(2, buffer.SetString(-2, 0, "abcd", default));
        Assert.Equal("cd  ", buffer.GetLine(0));
        buffer.SetString(-1, 0, "中x", default);
        Assert.Equal(" x  ", buffer.GetLine(0));
    }

    [Fact]
    public void Fill_and_SetStyle_stay_inside_the_buffer()
    {
        var buffer = new Buffer(4, 3);
        var red = new Style(Color.Red);
        buffer.Fill(new Rect(2, 1, 10, 10), new Cell('#', red));
        Assert.Equal(["    ", "  ##", "  ##"], Enumerable.Range(0, 3).Select(buffer.GetLine));
        buffer.SetString(0, 0, "abcd", default);
        buffer.SetStyle(new Rect(1, 0, 2, 1), red);
        Assert.Equal(default, buffer[0, 0].Style);
        Assert.Equal(red, buffer[1, 0].Style);
        Assert.Equal("b", buffer[1, 0].Symbol);
        Assert.Equal(default, buffer[3, 0].Style);
    }

    [Fact]
    public void Fill_next_to_a_wide_character_breaks_it()
    {
        var buffer = new Buffer(4, 1);
        buffer.SetString(0, 0, "中文", default);
        buffer.Fill(new Rect(1, 0, 2, 1), new Cell('-'));
        Assert.Equal(" -- ", buffer.GetLine(0));
    }

    [Fact]
    public void Row_spans_allow_bulk_copies()
    {
        var buffer = new Buffer(3, 2);
        var row = buffer.Row(1);
        row[0] = new Cell('x');
        row[1] = new Cell(new Rune('中'), 2, default);
        row[2] = Cell.Continuation(default);
        Assert.Equal("x中", buffer.GetLine(1));
    }

    [Fact]
    public void Rect_arithmetic()
    {
        var r = new Rect(2, 3, 10, 5);
        Assert.Equal(new Rect(3, 4, 8, 3), r.Inset(1));
        Assert.Equal(new Rect(5, 4, 4, 3), r.Centered(4, 3));
        Assert.Equal(new Rect(4, 3, 8, 2), r.Intersect(new Rect(4, 0, 100, 5)));
        Assert.True(r.Intersect(new Rect(50, 50, 1, 1)).IsEmpty);
        Assert.True(new Rect(0, 0, -5, 3).IsEmpty);
        Assert.True(r.Contains(11, 7));
        Assert.False(r.Contains(12, 7));
    }
}
