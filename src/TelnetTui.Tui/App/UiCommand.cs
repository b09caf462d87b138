namespace TelnetTui.Tui.App;

/// <summary>Something the user can do by key, palette or menu: an id for bindings in the config, a title for people.</summary>
public sealed record UiCommand(string Id, string Title, Action Execute)
{
    /// <summary>A heading the help overlay groups commands under ("Session", "Panes"...).</summary>
    public string Category { get; init; } = "General";

    /// <summary>False hides the command from the palette and ignores its keys (e.g. "disconnect" while offline).</summary>
    public Func<bool> IsEnabled { get; init; } = () => true;
}
