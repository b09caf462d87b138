using TelnetTui.Tui.Input;
using TelnetTui.Tui.Tests.Support;
using TelnetTui.Tui.Widgets;
using static TelnetTui.Tui.Tests.Support.Keys;

namespace TelnetTui.Tui.Tests.Widgets;

/// <summary>The list and the tree: selection, scrolling, type-to-filter (the connection book).</summary>
public class ListAndTreeTests
{
    private static readonly Theme T = new();
    private static readonly string[] Hosts = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"];

    private static ListView<string> List() => new(s => s) { Items = Hosts };

    [Fact]
    public void The_selected_row_is_highlighted_across_the_width()
    {
        var list = List();
        var buffer = Render.Widget(list, 10, 3, focus: list);
        BufferAssert.Lines(buffer, "alpha", "bravo", "charlie");
        BufferAssert.Styles(buffer, new Dictionary<char, Style> { ['S'] = T.Selection, ['n'] = T.Text },
            "SSSSSSSSSS",
            "nnnnnnnnnn");
        BufferAssert.StyleAt(Render.Widget(list, 10, 3), 0, 0, T.SelectionUnfocused);
    }

    [Fact]
    public void Moving_past_the_bottom_scrolls_to_keep_the_selection_in_view()
    {
        var list = List();
        Render.Widget(list, 10, 3, focus: list);
        for (var i = 0; i < 4; i++)
            list.OnKey(K(Key.Down));
        BufferAssert.Lines(Render.Widget(list, 10, 3, focus: list), "charlie", "delta", "echo");
        Assert.Equal("echo", list.SelectedItem);
        list.OnKey(K(Key.End));
        Assert.Equal("golf", list.SelectedItem);
        list.OnKey(K(Key.Home));
        BufferAssert.Lines(Render.Widget(list, 10, 3, focus: list), "alpha", "bravo", "charlie");
    }

    [Fact]
    public void Typing_filters_highlights_the_match_and_counts()
    {
        var list = List();
        Render.Widget(list, 12, 4, focus: list);
        list.OnKey(C('l'));
        list.OnKey(C('f'));
        var buffer = Render.Widget(list, 12, 4, focus: list);
        BufferAssert.Lines(buffer, "golf", "", "", "/lf      1/7");
        BufferAssert.Styles(buffer, new Dictionary<char, Style> { ['m'] = T.Match, ['S'] = T.Selection },
            "SSmm");
        Assert.Equal("golf", list.SelectedItem);
        list.OnKey(K(Key.Backspace));
        Assert.Equal(["alpha", "charlie", "delta", "golf"], list.VisibleIndexes.Select(i => Hosts[i]));
        list.OnKey(K(Key.Escape));
        Assert.Equal(7, list.VisibleIndexes.Count);
        Assert.Equal("golf", list.SelectedItem);
        Assert.False(list.OnKey(K(Key.Escape)), "Esc with no filter is left for the parent (closing a dialog)");
    }

    [Fact]
    public void Enter_activates_a_click_selects_and_the_wheel_scrolls()
    {
        var list = List();
        string? activated = null;
        list.Activated += s => activated = s;
        Render.Widget(list, 10, 3, focus: list);
        list.OnMouse(Click(3, 2));
        Assert.Equal("charlie", list.SelectedItem);
        list.OnKey(K(Key.Enter));
        Assert.Equal("charlie", activated);
        list.OnMouse(new MouseEvent(MouseAction.WheelDown, MouseButton.None, 0, 0));
        BufferAssert.Lines(Render.Widget(list, 10, 3, focus: list), "delta", "echo", "foxtrot");
    }

    private static TreeView<string> Tree()
    {
        var tree = new TreeView<string>();
        var bbs = tree.Add("bbs", "BBS");
        bbs.Add("a", "amiga.example");
        bbs.Add("b", "c64.example");
        var mud = tree.Add("mud", "MUD");
        mud.Add("d", "discworld.example");
        return tree;
    }

    [Fact]
    public void A_tree_shows_open_and_closed_nodes_with_indentation()
    {
        var tree = Tree();
        tree.Roots[0].Expanded = true;
        var buffer = Render.Widget(tree, 22, 5, focus: tree);
        BufferAssert.Lines(buffer, "▾ BBS", "    amiga.example", "    c64.example", "▸ MUD", "");
    }

    [Fact]
    public void Right_opens_or_steps_in_and_Left_closes_or_steps_out()
    {
        var tree = Tree();
        Render.Widget(tree, 22, 5, focus: tree);
        tree.OnKey(K(Key.Right));
        Assert.True(tree.Roots[0].Expanded);
        tree.OnKey(K(Key.Right));
        Assert.Equal("amiga.example", tree.SelectedNode!.Text);
        tree.OnKey(K(Key.Left));
        Assert.Equal("BBS", tree.SelectedNode!.Text);
        tree.OnKey(K(Key.Left));
        Assert.False(tree.Roots[0].Expanded);
        tree.OnKey(K(Key.Down));
        tree.OnKey(C(' '));
        Assert.True(tree.Roots[1].Expanded);
    }

    [Fact]
    public void Filtering_a_tree_shows_matches_with_their_ancestors()
    {
        var tree = Tree();
        Render.Widget(tree, 22, 5, focus: tree);
        foreach (var key in Type("disc"))
            tree.OnKey(key);
        var buffer = Render.Widget(tree, 22, 5, focus: tree);
        BufferAssert.Lines(buffer, "▾ MUD", "    discworld.example", "", "", "/disc");
        BufferAssert.StyleAt(buffer, 4, 1, T.Match);
        Assert.Equal("MUD", tree.Rows[0].Node.Text);
    }
}
