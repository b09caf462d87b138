namespace TelnetTui.Tui.Widgets;

/// <summary>A bordered, titled frame around one widget; the border lights up while focus is inside.</summary>
public sealed class Panel : Widget
{
    private Widget _content;

    public Panel(string title, Widget content)
    {
        Title = title;
        _content = Adopt(content);
        Name = title;
    }

    public string Title { get; set; }

    /// <summary>Text at the right of the top edge ("PAUSED", "3 new").</summary>
    public string? RightTitle { get; set; }

    public Widget Content
    {
        get => _content;
        set
        {
            Release(_content);
            _content = Adopt(value);
        }
    }

    public override IEnumerable<Widget> Children => [_content];

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var theme = Theme;
        var focused = HasFocusWithin;
        var inner = Border.Draw(buffer, area, focused ? theme.BorderFocused : theme.Border, Title, focused ? theme.TitleFocused : theme.Title, RightTitle);
        _content.Render(inner, buffer);
    }
}
