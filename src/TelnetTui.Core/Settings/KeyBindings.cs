namespace TelnetTui.Core.Settings;

/// <summary>
/// The actions a key can be bound to, with their default keys. The app layer implements the actions;
/// settings validate names against this list so a typo is reported with the allowed names.
/// </summary>
public static class KeyBindings
{
    public static IReadOnlyDictionary<string, KeyChord> Defaults { get; } = new Dictionary<string, KeyChord>(StringComparer.Ordinal)
    {
        ["help"] = KeyChord.Parse("F1"),
        ["command-menu"] = KeyChord.Parse("Ctrl+]"),
        ["quit"] = KeyChord.Parse("Alt+X"),
        ["toggle-book"] = KeyChord.Parse("Alt+B"),
        ["toggle-inspector"] = KeyChord.Parse("Alt+I"),
        ["toggle-scripts"] = KeyChord.Parse("Alt+S"),
        ["focus-next-pane"] = KeyChord.Parse("F6"),
        ["disconnect"] = KeyChord.Parse("Alt+D"),
        ["reconnect"] = KeyChord.Parse("Alt+R"),
        ["toggle-capture"] = KeyChord.Parse("Alt+C"),
        ["scroll-up"] = KeyChord.Parse("Shift+PageUp"),
        ["scroll-down"] = KeyChord.Parse("Shift+PageDown"),
        ["scroll-to-bottom"] = KeyChord.Parse("Shift+End"),
        ["search-scrollback"] = KeyChord.Parse("Alt+F"),
    };

    public static IEnumerable<string> Actions => Defaults.Keys;
}
