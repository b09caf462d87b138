using System.Text;
using TelnetTui.Tui.Rendering;

namespace TelnetTui.Tui.Tests.Rendering;

/// <summary>
/// Issue 5 item 2: the fewest bytes — cursor moves only when the next cell is not adjacent, one SGR per
/// style change, synchronized output (DEC mode 2026) when supported, cursor shape and position last.
/// Sequences per xterm ctlseqs / ECMA-48.
/// </summary>
public class FrameEncoderTests
{
    private static string Encode(FrameEncoder encoder, Buffer before, Buffer after, CursorState cursor)
    {
        var output = new ByteBuilder();
        encoder.Encode(before, after, cursor, output);
        return Encoding.UTF8.GetString(output.WrittenSpan).Replace("\e", "␛");
    }

    private static (FrameEncoder Encoder, Buffer Screen) Fresh(int width = 20, int height = 5, bool sync = false)
    {
        var encoder = new FrameEncoder { SynchronizedOutput = sync };
        var screen = new Buffer(width, height);
        encoder.EncodeFull(screen, CursorState.Hidden, new ByteBuilder());
        return (encoder, screen);
    }

    [Fact]
    public void The_first_frame_resets_the_pen_clears_and_draws_only_what_is_not_blank()
    {
        var encoder = new FrameEncoder();
        var buffer = new Buffer(10, 3);
        buffer.SetString(2, 1, "hi", default);
        var output = new ByteBuilder();
        encoder.EncodeFull(buffer, CursorState.Hidden, output);
        Assert.Equal("␛[?25l␛[m␛[H␛[2J␛[2;3Hhi", Encoding.UTF8.GetString(output.WrittenSpan).Replace("\e", "␛"));
    }

    [Fact]
    public void Nothing_changed_writes_nothing()
    {
        var (encoder, screen) = Fresh();
        var same = new Buffer(20, 5);
        Assert.Equal("", Encode(encoder, screen, same, CursorState.Hidden));
    }

    [Fact]
    public void Adjacent_changes_need_one_move()
    {
        var (encoder, screen) = Fresh();
        var next = new Buffer(20, 5);
        next.SetString(5, 2, "abc", default);
        Assert.Equal("␛[3;6Habc", Encode(encoder, screen, next, CursorState.Hidden));
    }

    [Fact]
    public void A_short_unchanged_gap_in_the_same_style_is_rewritten_rather_than_skipped()
    {
        var (encoder, screen) = Fresh();
        var a = new Buffer(20, 5);
        a.SetString(0, 0, "abcdef", default);
        Encode(encoder, screen, a, CursorState.Hidden);
        var b = new Buffer(20, 5);
        b.SetString(0, 0, "Xbcdef", default);
        b.Set(3, 0, new Cell('Y'));
        // CR reaches column 0; after X, "bc" (2 bytes) is shorter than CSI 2 C (4 bytes)
        Assert.Equal("\rXbcY", Encode(encoder, a, b, CursorState.Hidden));
    }

    [Fact]
    public void A_long_gap_is_skipped_with_a_relative_move()
    {
        var (encoder, screen) = Fresh();
        var a = new Buffer(20, 5);
        a.Set(0, 1, new Cell('x'));
        a.Set(15, 1, new Cell('y'));
        Assert.Equal("\r\nx␛[14Cy", Encode(encoder, screen, a, CursorState.Hidden));
    }

    [Fact]
    public void The_next_row_at_column_zero_is_reached_with_CR_LF()
    {
        var (encoder, screen) = Fresh();
        var a = new Buffer(20, 5);
        a.SetString(3, 1, "ab", default);
        a.SetString(0, 2, "cd", default);
        Assert.Equal("␛[2;4Hab\r\ncd", Encode(encoder, screen, a, CursorState.Hidden));
    }

    [Fact]
    public void Writing_the_last_column_forgets_the_cursor_and_moves_absolutely_next()
    {
        var (encoder, screen) = Fresh(width: 4, height: 3);
        var a = new Buffer(4, 3);
        a.Set(3, 0, new Cell('x'));
        a.Set(0, 1, new Cell('y'));
        // three blanks are cheaper than a move; after the last column the terminal's cursor waits to
        // wrap (CR LF would be wrong on some terminals), so the next move is absolute
        Assert.Equal("   x␛[2Hy", Encode(encoder, screen, a, CursorState.Hidden));
    }

    [Fact]
    public void SGR_is_sent_only_when_the_style_changes_with_colours_together()
    {
        var (encoder, screen) = Fresh();
        var a = new Buffer(20, 5);
        var red = new Style(Color.Red, Color.Blue, TextAttributes.Bold);
        a.SetString(0, 0, "ab", red);
        a.SetString(2, 0, "cd", default);
        Assert.Equal("␛[1;31;44mab␛[mcd", Encode(encoder, screen, a, CursorState.Hidden));
    }

    [Fact]
    public void SGR_uses_the_shorter_of_a_delta_and_a_reset()
    {
        var (encoder, screen) = Fresh();
        var a = new Buffer(20, 5);
        var boldRed = new Style(Color.Red, default, TextAttributes.Bold | TextAttributes.Underline);
        a.SetString(0, 0, "a", boldRed);
        a.SetString(1, 0, "b", boldRed.WithForeground(Color.Green));
        a.SetString(2, 0, "c", boldRed.WithForeground(Color.Green).Remove(TextAttributes.Underline));
        a.SetString(3, 0, "d", new Style(Color.Green, default, TextAttributes.Dim));
        // 32 changes only the foreground; 24 drops underline; 22 drops bold (and dim), so dim comes back with 2
        Assert.Equal("␛[1;4;31ma␛[32mb␛[24mc␛[22;2md", Encode(encoder, screen, a, CursorState.Hidden));
    }

    [Theory]
    [InlineData(ColorDepth.TrueColor, "␛[38;2;255;136;0;48;5;236mx")]
    [InlineData(ColorDepth.Ansi256, "␛[38;5;208;48;5;236mx")]
    [InlineData(ColorDepth.Ansi16, "␛[33;40mx")]
    [InlineData(ColorDepth.Monochrome, "x")]
    public void Colours_are_mapped_to_the_terminals_depth(ColorDepth depth, string expected)
    {
        var (encoder, screen) = Fresh();
        encoder.ColorDepth = depth;
        var a = new Buffer(20, 5);
        a.Set(0, 0, new Cell('x', new Style(Color.FromRgb(255, 136, 0), Color.FromIndex(236))));
        Assert.Equal(expected, Encode(encoder, screen, a, CursorState.Hidden));
    }

    [Fact]
    public void Synchronized_output_wraps_a_big_frame_and_the_cursor_comes_last()
    {
        var (encoder, screen) = Fresh(width: 200, sync: true);
        var a = new Buffer(200, 5);
        a.SetString(0, 4, new string('z', 150), default);
        var text = Encode(encoder, screen, a, CursorState.At(7, 0, CursorShape.SteadyBar));
        Assert.Equal("␛[?2026h␛[5H" + new string('z', 150) + "␛[6 q␛[1;8H␛[?25h␛[?2026l", text);
    }

    [Fact]
    public void A_small_frame_needs_no_synchronized_output()
    {
        var (encoder, screen) = Fresh(sync: true);
        var a = new Buffer(20, 5);
        a.Set(4, 4, new Cell('z'));
        // one short write cannot be painted half-done; shape, position and visibility still come last
        Assert.Equal("␛[5;5Hz␛[6 q␛[1;8H␛[?25h", Encode(encoder, screen, a, CursorState.At(7, 0, CursorShape.SteadyBar)));
    }

    [Fact]
    public void Without_synchronized_output_the_cursor_hides_while_a_big_frame_draws()
    {
        var (encoder, screen) = Fresh(width: 200);
        var a = new Buffer(200, 5);
        Encode(encoder, screen, a, CursorState.At(0, 0));
        var small = new Buffer(200, 5);
        small.Set(1, 0, new Cell('q'));
        // the blank before q is rewritten (1 byte) instead of a move; CR brings the cursor back
        Assert.Equal(" q\r", Encode(encoder, a, small, CursorState.At(0, 0)));
        var big = new Buffer(200, 5);
        big.SetString(0, 1, new string('w', 140), default);
        // q is blanked again (rewriting the gap before it), then CR LF reaches the next row
        Assert.Equal("␛[?25l  \r\n" + new string('w', 140) + "␛[H␛[?25h", Encode(encoder, small, big, CursorState.At(0, 0)));
    }

    [Fact]
    public void A_cursor_move_alone_is_just_a_move()
    {
        var (encoder, screen) = Fresh();
        Encode(encoder, screen, screen, CursorState.At(3, 3));
        Assert.Equal("␛[2D", Encode(encoder, screen, screen, CursorState.At(1, 3)));
        Assert.Equal("␛[?25l", Encode(encoder, screen, screen, CursorState.Hidden));
    }

    [Fact]
    public void One_changed_character_on_a_200x50_screen_costs_under_64_bytes()
    {
        var encoder = new FrameEncoder { SynchronizedOutput = true, ColorDepth = ColorDepth.TrueColor };
        var a = new Buffer(200, 50);
        for (var y = 0; y < 50; y++)
            a.SetString(0, y, new string((char)('a' + y % 26), 200), new Style(Color.FromRgb(10, 200, 30), Color.FromRgb(1, 2, 3), TextAttributes.Bold));
        encoder.EncodeFull(a, CursorState.At(199, 49, CursorShape.SteadyBar), new ByteBuilder());
        var b = new Buffer(200, 50);
        b.CopyFrom(a);
        b.Set(117, 33, new Cell('#', new Style(Color.FromRgb(250, 100, 0), Color.FromRgb(0, 0, 128), TextAttributes.Italic | TextAttributes.Underline)));
        var output = new ByteBuilder();
        encoder.Encode(a, b, CursorState.At(199, 49, CursorShape.SteadyBar), output);
        Assert.True(output.Length < 64, $"{output.Length} bytes: {Encoding.UTF8.GetString(output.WrittenSpan).Replace("\e", "␛")}");
    }

    [Fact]
    public void Invalidate_forgets_the_terminal_state()
    {
        var (encoder, screen) = Fresh();
        var a = new Buffer(20, 5);
        a.Set(1, 0, new Cell('a', new Style(Color.Red)));
        Encode(encoder, screen, a, CursorState.Hidden);
        encoder.Invalidate();
        var b = new Buffer(20, 5);
        b.CopyFrom(a);
        b.Set(2, 0, new Cell('b', new Style(Color.Red)));
        // after Invalidate neither pen nor cursor are trusted: absolute move, full SGR, cursor visibility restated
        Assert.Equal("␛[1;3H␛[0;31mb␛[?25l", Encode(encoder, a, b, CursorState.Hidden));
    }
}
