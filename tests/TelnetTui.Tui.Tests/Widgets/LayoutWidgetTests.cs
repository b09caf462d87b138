using TelnetTui.Tui.Input;
using TelnetTui.Tui.Tests.Support;
using TelnetTui.Tui.Widgets;
using static TelnetTui.Tui.Tests.Support.Keys;

namespace TelnetTui.Tui.Tests.Widgets;

/// <summary>Split panes, tabs, the status bar and panels, rendered into memory and compared with what a user sees.</summary>
public class LayoutWidgetTests
{
    private static readonly Theme T = new();

    [Fact]
    public void A_split_pane_puts_a_divider_between_its_panes()
    {
        var split = new SplitPane(Direction.Horizontal, new Label("left"), new Label("right"), 0.5);
        var buffer = Render.Widget(split, 21, 2);
        BufferAssert.Lines(buffer,
            "left      │right",
            "          │");
        BufferAssert.StyleAt(buffer, 10, 0, T.Divider);
    }

    [Fact]
    public void Dragging_the_divider_moves_it_and_lights_it_up()
    {
        var split = new SplitPane(Direction.Horizontal, new Label("a"), new Label("b"), 0.5);
        Render.Widget(split, 21, 2);
        Assert.True(split.OnMouse(new MouseEvent(MouseAction.Press, MouseButton.Left, 10, 1)));
        Assert.True(split.OnMouse(new MouseEvent(MouseAction.Drag, MouseButton.Left, 6, 1)));
        var buffer = Render.Widget(split, 21, 2);
        BufferAssert.Lines(buffer, "a     │b", "      │");
        BufferAssert.StyleAt(buffer, 6, 0, T.DividerActive);
        split.OnMouse(new MouseEvent(MouseAction.Release, MouseButton.Left, 6, 1));
        BufferAssert.StyleAt(Render.Widget(split, 21, 2), 6, 0, T.Divider);
        Assert.False(split.OnMouse(new MouseEvent(MouseAction.Press, MouseButton.Left, 2, 0)), "a press off the divider is not the split's");
    }

    [Fact]
    public void A_resize_keeps_the_divider_at_the_same_fraction()
    {
        var split = new SplitPane(Direction.Horizontal, new Label("a"), new Label("b"), 0.25);
        Assert.Equal(5, split.Position(new Rect(0, 0, 21, 1)));
        Assert.Equal(10, split.Position(new Rect(0, 0, 41, 1)));
    }

    [Fact]
    public void The_divider_stops_at_the_minimum_sizes_and_the_second_pane_can_hide()
    {
        var split = new SplitPane(Direction.Vertical, new Label("top"), new Label("bottom"), 0.5) { FirstMinimum = 2, SecondMinimum = 2 };
        Render.Widget(split, 10, 11);
        split.MoveDivider(-100);
        Assert.Equal(2, split.Position(split.Area));
        split.MoveDivider(100);
        Assert.Equal(8, split.Position(split.Area));
        split.SecondVisible = false;
        var buffer = Render.Widget(split, 10, 3);
        BufferAssert.Lines(buffer, "top", "", "");
        Assert.Single(split.Children);
    }

    [Fact]
    public void Tabs_show_titles_with_the_active_one_marked_and_only_its_page()
    {
        var tabs = new TabView().Add("Log", new Label("log page")).Add("Table", new Label("table page"));
        var buffer = Render.Widget(tabs, 20, 2);
        BufferAssert.Lines(buffer, " Log │ Table", "log page");
        BufferAssert.Styles(buffer, new Dictionary<char, Style> { ['A'] = T.TabActive, ['t'] = T.Tab },
            "AAAAA.ttttttt");
        Assert.Single(tabs.Children);
    }

    [Fact]
    public void Ctrl_PgDn_and_a_click_switch_tabs()
    {
        var tabs = new TabView().Add("One", new Label("1")).Add("Two", new Label("2")).Add("Three", new Label("3"));
        Render.Widget(tabs, 30, 2);
        Assert.True(tabs.OnKey(K(Key.PageDown, KeyModifiers.Ctrl)));
        Assert.Equal(1, tabs.ActiveIndex);
        tabs.OnKey(K(Key.PageUp, KeyModifiers.Ctrl));
        tabs.OnKey(K(Key.PageUp, KeyModifiers.Ctrl));
        Assert.Equal(2, tabs.ActiveIndex);
        Assert.True(tabs.OnMouse(Click(8, 0)));
        Assert.Equal(1, tabs.ActiveIndex);
        Assert.Equal("2", Render.Widget(tabs, 30, 2).GetLine(1).TrimEnd());
    }

    [Fact]
    public void The_status_bar_has_segments_left_and_hints_right_which_give_way_when_narrow()
    {
        var bar = new StatusBar();
        bar.SetLeft("host", "online");
        bar.AddHint("F1", "Help");
        var buffer = Render.Widget(bar, 30, 1);
        BufferAssert.Lines(buffer, " host │ online       F1  Help ");
        BufferAssert.Styles(buffer, new Dictionary<char, Style> { ['s'] = T.StatusBar, ['k'] = T.StatusBarKey },
            "sssssssssssssssssssskkkkssssss");
        BufferAssert.Lines(Render.Widget(bar, 20, 1), " host │ online");
    }

    [Fact]
    public void A_panel_draws_a_border_and_title_that_light_up_with_focus_inside()
    {
        var input = new TextInput();
        var panel = new Panel("Hosts", input) { RightTitle = "3" };
        var buffer = Render.Widget(panel, 16, 3);
        BufferAssert.Lines(buffer, "┌ Hosts ─── 3 ─┐", "│              │", "└──────────────┘");
        BufferAssert.StyleAt(buffer, 0, 0, T.Border);
        buffer = Render.Widget(panel, 16, 3, focus: input);
        BufferAssert.StyleAt(buffer, 0, 0, T.BorderFocused);
        BufferAssert.StyleAt(buffer, 2, 0, T.TitleFocused);
    }
}
