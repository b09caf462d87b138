namespace TelnetTui.Tui.Widgets;

/// <summary>Anything that draws itself into a rectangle of a buffer (ratatui's Widget::render).</summary>
public interface IView
{
    void Render(Rect area, Buffer buffer);
}
