using TelnetTui.Tui.Input;
using TelnetTui.Tui.Tests.Support;
using TelnetTui.Tui.Widgets;
using static TelnetTui.Tui.Tests.Support.Keys;

namespace TelnetTui.Tui.Tests.Widgets;

/// <summary>The one-line input: readline/Emacs and arrow editing, history, masking, scrolling (the MUD input line).</summary>
public class TextInputTests
{
    private static readonly Theme T = new();

    // text with '|' marking the cursor, keys, expected text with cursor
    public static TheoryData<string, KeyEvent[], string> Edits() => new()
    {
        { "hello|", [K(Key.Left), K(Key.Left), C('X')], "helXlo|"[..4] + "|lo" },
        { "hello|", [Ctrl('a'), C('>')], ">|hello" },
        { "|hello", [Ctrl('e'), C('!')], "hello!|" },
        { "hello|", [Ctrl('b'), Ctrl('b'), Ctrl('f')], "hell|o" },
        { "one two three|", [Alt('b'), Alt('b')], "one |two three" },
        { "|one two three", [Alt('f'), Alt('f')], "one two| three" },
        { "one two three|", [K(Key.Left, KeyModifiers.Ctrl)], "one two |three" },
        { "one two three|", [Ctrl('w')], "one two |" },
        { "one two three|", [K(Key.Backspace, KeyModifiers.Alt)], "one two |" },
        { "|one two", [Alt('d')], "| two" },
        { "hello world|", [Ctrl('a'), Alt('f'), Ctrl('k')], "hello|" },
        { "hello world|", [Alt('b'), Ctrl('u')], "|world" },
        { "hello world|", [Ctrl('w'), Ctrl('a'), Ctrl('y')], "world|hello " },
        { "abc|", [K(Key.Backspace), Ctrl('h')], "a|" },
        { "|abc", [K(Key.Delete), Ctrl('d')], "|c" },
        { "abc|", [K(Key.Home), K(Key.End)], "abc|" },
        { "a中b|", [K(Key.Left), K(Key.Left), K(Key.Backspace)], "|中b"[..0] + "|中b" },
        { "e\u0301x|", [K(Key.Left), K(Key.Left)], "|e\u0301x" },
        { "e\u0301x|", [K(Key.Left), K(Key.Backspace)], "|x" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Editing_keys(string before, KeyEvent[] keys, string after)
    {
        var editor = new LineEditor();
        editor.SetText(before.Replace("|", ""));
        editor.MoveTo(before.IndexOf('|'));
        foreach (var key in keys)
            Assert.True(editor.HandleKey(key), $"{key} not handled");
        Assert.Equal(after, editor.Text.Insert(editor.Cursor, "|"));
    }

    [Fact]
    public void Enter_submits_and_Up_Down_walk_the_history_keeping_the_draft()
    {
        var input = new TextInput { History = new InputHistory() };
        var submitted = new List<string>();
        input.Submitted += submitted.Add;
        foreach (var line in new[] { "north", "south" })
        {
            foreach (var k in Type(line))
                input.OnKey(k);
            input.OnKey(K(Key.Enter));
        }
        Assert.Equal(["north", "south"], submitted);
        Assert.Equal("", input.Text);
        foreach (var k in Type("dra"))
            input.OnKey(k);
        input.OnKey(K(Key.Up));
        Assert.Equal("south", input.Text);
        input.OnKey(Ctrl('p'));
        Assert.Equal("north", input.Text);
        input.OnKey(K(Key.Up));
        Assert.Equal("north", input.Text);
        input.OnKey(K(Key.Down));
        input.OnKey(Ctrl('n'));
        Assert.Equal("dra", input.Text);
    }

    [Fact]
    public void A_masked_input_shows_bullets_and_stays_out_of_the_history()
    {
        var history = new InputHistory();
        var input = new TextInput { History = history, Masked = true, Prompt = "> " };
        foreach (var k in Type("secret"))
            input.OnKey(k);
        var buffer = Render.Widget(input, 12, 1, focus: input);
        BufferAssert.Lines(buffer, "> ••••••");
        Assert.Equal(new TelnetTui.Tui.Rendering.CursorState(true, 8, 0, TelnetTui.Tui.Rendering.CursorShape.SteadyBar), input.Cursor);
        string? line = null;
        input.Submitted += s => line = s;
        input.OnKey(K(Key.Enter));
        Assert.Equal("secret", line);
        Assert.Empty(history.Entries);
        input.OnKey(K(Key.Up));
        Assert.Equal("", input.Text);
    }

    [Fact]
    public void Long_text_scrolls_to_keep_the_cursor_in_view()
    {
        var input = new TextInput();
        foreach (var k in Type("abcdefghijklmnop"))
            input.OnKey(k);
        var buffer = Render.Widget(input, 8, 1, focus: input);
        BufferAssert.Lines(buffer, "jklmnop");
        Assert.Equal(7, input.Cursor!.Value.X);
        input.OnKey(K(Key.Home));
        BufferAssert.Lines(Render.Widget(input, 8, 1, focus: input), "abcdefgh");
        Assert.Equal(0, input.Cursor!.Value.X);
    }

    [Fact]
    public void A_paste_goes_in_as_one_line_without_controls()
    {
        var input = new TextInput();
        input.OnPaste(new PasteEvent("say hi\r\nto\tall\e[31m"));
        Assert.Equal("say hi to all[31m", input.Text);
    }

    [Fact]
    public void The_placeholder_shows_only_while_empty_and_unfocused()
    {
        var input = new TextInput { Placeholder = "type here" };
        var buffer = Render.Widget(input, 12, 1);
        BufferAssert.Lines(buffer, "type here");
        BufferAssert.StyleAt(buffer, 0, 0, T.Placeholder);
        BufferAssert.Lines(Render.Widget(input, 12, 1, focus: input), "");
    }

    [Fact]
    public void The_line_is_capped()
    {
        var editor = new LineEditor { MaxLength = 5 };
        editor.Insert("abcdefgh");
        Assert.Equal("abcde", editor.Text);
        editor.Insert("x");
        Assert.Equal("abcde", editor.Text);
    }
}
