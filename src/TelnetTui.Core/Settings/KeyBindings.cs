namespace TelnetTui.Core.Settings;

/// <summary>
/// The actions a key can be bound to, with their default keys. The app layer implements the actions;
/// settings validate names against this list so a typo is reported with the allowed names. Client keys
/// default to Alt+letter, F-keys and Ctrl+] (the classic telnet escape), which no BBS needs.
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
        ["focus-terminal"] = KeyChord.Parse("Alt+T"),
        ["connect"] = KeyChord.Parse("Alt+O"),
        ["disconnect"] = KeyChord.Parse("Alt+D"),
        ["reconnect"] = KeyChord.Parse("Alt+R"),
        ["toggle-capture"] = KeyChord.Parse("Alt+C"),
        ["toggle-log"] = KeyChord.Parse("Alt+L"),
        ["scroll-up"] = KeyChord.Parse("Shift+PageUp"),
        ["scroll-down"] = KeyChord.Parse("Shift+PageDown"),
        ["scroll-to-bottom"] = KeyChord.Parse("Shift+End"),
        ["search-scrollback"] = KeyChord.Parse("Alt+F"),
    };

    /// <summary>Actions with no key by default (the command menu has them); a key can be given in [ui.keys].</summary>
    public static IReadOnlyList<string> Unbound { get; } =
    [
        "save-selection", "clear-scrollback", "send-break", "send-interrupt", "send-are-you-there",
        "add-host", "edit-host", "delete-host", "import-syncterm", "next-theme",
    ];

    /// <summary>Every action name, bound by default or not.</summary>
    public static IEnumerable<string> Actions => Defaults.Keys.Concat(Unbound);

    public static bool IsAction(string name) => Defaults.ContainsKey(name) || Unbound.Contains(name, StringComparer.Ordinal);
}
