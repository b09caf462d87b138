namespace TelnetTui.Tui.Widgets;

/// <summary>Shows and closes overlays (the application does).</summary>
public interface IOverlayHost
{
    void ShowOverlay(Overlay overlay);
    void CloseOverlay(Overlay overlay);

    /// <summary>Moves the keyboard focus (a dialog focusing its first invalid field).</summary>
    void SetFocus(Widget widget);
}

/// <summary>
/// A widget drawn above the main view: dialogs, the command palette, the help overlay. While one is open
/// it is modal: keys go to it (and its focused child), clicks outside it are ignored or close it.
/// </summary>
public abstract class Overlay : Widget
{
    internal IOverlayHost? Host { get; set; }

    public bool IsOpen => Host is not null;

    /// <summary>A click outside closes it (palettes, menus) rather than being ignored (dialogs).</summary>
    public virtual bool CloseOnOutsideClick => false;

    /// <summary>Raised after the overlay was closed.</summary>
    public event Action? Closed;

    /// <summary>Where the overlay draws, given the whole screen.</summary>
    public abstract Rect Place(Rect screen);

    public void Close() => Host?.CloseOverlay(this);

    /// <summary>Focuses <paramref name="widget"/> (inside this overlay) while it is open.</summary>
    protected void FocusOn(Widget widget) => Host?.SetFocus(widget);

    internal void RaiseClosed() => Closed?.Invoke();
}
