using TelnetTui.Terminal.Emulation;
using TelnetTui.Terminal.Model;

namespace TelnetTui.Terminal.Tests.Model;

/// <summary>The read API the app copies from each frame, and the hooks the session uses (prompt marks, events).</summary>
public class ScreenApiTests
{
    private static VirtualTerminal Terminal(int columns = 20, int rows = 5, TerminalOptions? options = null) =>
        new((options ?? new TerminalOptions()) with { Columns = columns, Rows = rows });

    [Fact]
    public void ReadLine_copies_cells_with_styles()
    {
        var t = Terminal();
        t.Feed("\e[1;31;42mAB\e[0m\u4e2d"u8);
        var cells = new Cell[20];
        Assert.Equal(20, t.Screen.ReadLine(0, cells));
        Assert.Equal('A', cells[0].CodePoint);
        Assert.Equal(CellAttributes.Bold, cells[0].Attributes);
        Assert.Equal(Color.Indexed(1), cells[1].Foreground);
        Assert.Equal(Color.Indexed(2), cells[1].Background);
        Assert.Equal(2, cells[2].Width);
        Assert.Equal(0, cells[3].Width);
        Assert.True(cells[4].IsEmpty);
    }

    [Fact]
    public void A_short_scrollback_line_reads_padded()
    {
        var t = Terminal(columns: 10, rows: 2);
        t.Feed("ab\r\n\r\n\r\n"u8);
        var cells = new Cell[10];
        t.Screen.ReadLine(-1, cells);
        Assert.Equal("", cells[9].Text);
        Assert.Throws<ArgumentOutOfRangeException>(() => t.Screen.GetLineText(-5));
        Assert.Throws<ArgumentOutOfRangeException>(() => t.Screen.GetLineText(2));
    }

    [Fact]
    public void The_session_marks_the_prompt_line_and_the_mark_moves_into_scrollback()
    {
        var t = Terminal(columns: 10, rows: 2);
        t.Feed("HP: 10> "u8);
        t.MarkPrompt();
        Assert.True(t.Screen.GetLineFlags(0).HasFlag(RowFlags.PromptMark));
        t.Feed("\r\nnext\r\nmore"u8);
        Assert.True(t.Screen.GetLineFlags(-1).HasFlag(RowFlags.PromptMark));
        Assert.False(t.Screen.GetLineFlags(0).HasFlag(RowFlags.PromptMark));
    }

    [Fact]
    public void Search_finds_text_newest_first_across_a_soft_wrap()
    {
        var t = Terminal(columns: 10, rows: 3);
        t.Feed("dragon one\r\n...the dragon\r\nx\r\ny\r\nz"u8);
        var matches = t.Screen.Search("DRAGON").ToList();
        Assert.Equal(2, matches.Count);
        // "...the dragon" wrapped after 10 columns: "...the dra" + "gon"
        Assert.Equal(new SearchMatch(-2, 7, -1, 2), matches[0]);
        Assert.Equal(new SearchMatch(-3, 0, -3, 5), matches[1]);
        Assert.Empty(t.Screen.Search("DRAGON", StringComparison.Ordinal));
        Assert.Equal(matches[1], t.Screen.Search("dragon", newestFirst: false).First());
    }

    [Fact]
    public void Version_changes_with_output_only()
    {
        var t = Terminal();
        var v0 = t.Screen.Version;
        t.Feed("x"u8);
        var v1 = t.Screen.Version;
        Assert.NotEqual(v0, v1);
        _ = t.Screen.GetLineText(0);
        Assert.Equal(v1, t.Screen.Version);
    }

    [Fact]
    public void Title_bell_and_clipboard_are_reported()
    {
        var t = Terminal(options: new TerminalOptions { AllowClipboardWrite = true });
        var bells = 0;
        var titles = 0;
        (string, string)? clip = null;
        t.Emulator.Bell += () => bells++;
        t.Emulator.TitleChanged += () => titles++;
        t.Emulator.ClipboardWrite += (sel, text) => clip = (sel, text);
        t.Feed("\a\e]2;Room\a\e]52;c;aGVsbG8=\a"u8);
        Assert.Equal(1, bells);
        Assert.Equal(1, titles);
        Assert.Equal("Room", t.Screen.Title);
        Assert.Equal(("c", "hello"), clip);
    }

    [Fact]
    public void Clipboard_writes_are_off_by_default()
    {
        var t = Terminal();
        var written = false;
        t.Emulator.ClipboardWrite += (_, _) => written = true;
        t.Feed("\e]52;c;aGVsbG8=\a"u8);
        Assert.False(written);
    }

    [Fact]
    public void Cursor_shape_and_visibility()
    {
        var t = Terminal();
        t.Feed("\e[6 q\e[?25l"u8);
        Assert.Equal(new CursorState(0, 0, false, CursorShape.Bar, false), t.Screen.Cursor);
    }

    [Fact]
    public void Switching_to_cp437_turns_on_ansi_bbs()
    {
        var t = Terminal();
        t.SetEncoding(TelnetTui.Terminal.Text.TerminalEncoding.Cp437);
        t.Feed(new byte[] { 0x01, 0xB0 });
        Assert.Equal("\u263a\u2591", t.Screen.GetLineText(0));
        Assert.True(t.Screen.Modes.AnsiBbs);
        Assert.Equal((0xAA, 0x55, 0x00), ((int, int, int))t.Screen.Palette[3]);
    }

    [Fact]
    public void Resize_rejects_sizes_out_of_range()
    {
        var t = Terminal();
        Assert.Throws<ArgumentOutOfRangeException>(() => t.Resize(0, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => t.Resize(10, Screen.MaxRows + 1));
    }

    [Fact]
    public void Hyperlink_ids_resolve_to_their_uri()
    {
        var t = Terminal();
        t.Feed("\e]8;;https://example.org/\aL\e]8;;\a"u8);
        var id = t.Screen.GetCell(0, 0).HyperlinkId;
        Assert.NotEqual(0, id);
        Assert.Equal("https://example.org/", t.Screen.Hyperlinks.Get(id));
    }

    [Fact]
    public void Emulator_works_without_bytes()
    {
        var screen = new Screen(10, 2, 0);
        var emulator = new Emulator(screen);
        emulator.Print("hi");
        Assert.Equal("hi", screen.GetLineText(0));
    }
}
