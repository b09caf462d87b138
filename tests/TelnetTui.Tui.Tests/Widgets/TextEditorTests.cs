using TelnetTui.Tui.Input;
using TelnetTui.Tui.Tests.Support;
using TelnetTui.Tui.Widgets;
using static TelnetTui.Tui.Tests.Support.Keys;

namespace TelnetTui.Tui.Tests.Widgets;

/// <summary>The multi-line editor (the script pane).</summary>
public class TextEditorTests
{
    private static void Send(TextEditor editor, params KeyEvent[] keys)
    {
        foreach (var k in keys)
            editor.OnKey(k);
    }

    [Fact]
    public void Typing_Enter_and_Backspace_across_lines()
    {
        var editor = new TextEditor();
        Send(editor, [.. Type("local x"), K(Key.Enter), .. Type("print(x)")]);
        Assert.Equal("local x\nprint(x)", editor.Text);
        Send(editor, K(Key.Home), K(Key.Backspace));
        Assert.Equal("local xprint(x)", editor.Text);
        Assert.Equal((0, 7), (editor.CursorLine, editor.CursorColumn));
        Send(editor, K(Key.Enter));
        Assert.Equal("local x\nprint(x)", editor.Text);
        Send(editor, K(Key.Up), K(Key.End), K(Key.Delete));
        Assert.Equal("local xprint(x)", editor.Text);
    }

    [Fact]
    public void Up_and_Down_keep_the_column_across_short_lines()
    {
        var editor = new TextEditor { Text = "abcdef\nab\nabcdef" };
        Send(editor, K(Key.End));
        Send(editor, K(Key.Down));
        Assert.Equal((1, 2), (editor.CursorLine, editor.CursorColumn));
        Send(editor, K(Key.Down));
        Assert.Equal((2, 6), (editor.CursorLine, editor.CursorColumn));
        Send(editor, K(Key.Home, KeyModifiers.Ctrl));
        Assert.Equal((0, 0), (editor.CursorLine, editor.CursorColumn));
        Send(editor, K(Key.End, KeyModifiers.Ctrl));
        Assert.Equal((2, 6), (editor.CursorLine, editor.CursorColumn));
    }

    [Fact]
    public void Ctrl_K_kills_to_the_end_of_the_line_then_joins()
    {
        var editor = new TextEditor { Text = "one two\nthree" };
        Send(editor, K(Key.Right), K(Key.Right), K(Key.Right), Ctrl('k'));
        Assert.Equal("one\nthree", editor.Text);
        Send(editor, Ctrl('k'));
        Assert.Equal("onethree", editor.Text);
    }

    [Fact]
    public void A_paste_keeps_its_lines_and_Tab_indents_only_when_asked()
    {
        var editor = new TextEditor();
        editor.OnPaste(new PasteEvent("a\r\nb\rc\td"));
        Assert.Equal("a\nb\nc    d", editor.Text);
        Assert.False(editor.OnKey(K(Key.Tab)));
        editor.AcceptsTab = true;
        editor.Text = "x";
        Send(editor, K(Key.End), K(Key.Tab));
        Assert.Equal("x   ", editor.Text);
    }

    [Fact]
    public void The_view_scrolls_to_the_cursor_and_shows_line_numbers()
    {
        var editor = new TextEditor { ShowLineNumbers = true, Text = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"line {i}")) };
        Send(editor, K(Key.End, KeyModifiers.Ctrl));
        var buffer = Render.Widget(editor, 12, 3, focus: editor);
        BufferAssert.Lines(buffer, "10 line 10", "11 line 11", "12 line 12");
        Assert.Equal(new TelnetTui.Tui.Rendering.CursorState(true, 10, 2, TelnetTui.Tui.Rendering.CursorShape.SteadyBar), editor.Cursor);
    }

    [Fact]
    public void A_click_places_the_cursor()
    {
        var editor = new TextEditor { Text = "hello\nworld" };
        Render.Widget(editor, 10, 3, focus: editor);
        editor.OnMouse(Click(3, 1));
        Assert.Equal((1, 3), (editor.CursorLine, editor.CursorColumn));
    }
}
