using TelnetTui.Tui.Widgets;

namespace TelnetTui.App;

/// <summary>The keys of each pane, listed in the help overlay after the client keys (which come from the key map, as bound now).</summary>
public static class HelpSections
{
    public static IReadOnlyList<HelpSection> All { get; } =
    [
        new("Everywhere", [
            ("Tab, Shift+Tab", "next or previous field in a pane or dialog"),
            ("Esc", "close a dialog, the help or the menu"),
            ("other keys", "in character mode every key goes to the host"),
        ]),
        new("Terminal pane", [
            ("PgUp, PgDn", "scroll back (line mode; Shift+PgUp in character mode)"),
            ("mouse wheel", "scroll back; the live screen stays below"),
            ("drag", "select text: copied to your terminal's clipboard (OSC 52)"),
            ("Shift+drag", "select even when the host uses the mouse"),
            ("search: Enter, Up", "next match further back"),
            ("search: Down, Esc", "next match further down; close the search"),
        ]),
        new("Input line (line mode)", [
            ("Enter", "send the line (with the host's prompt beside it)"),
            ("Up, Down", "this host's earlier lines"),
            ("Ctrl+A, Ctrl+E", "start, end of line"),
            ("Ctrl+Left, Ctrl+Right", "word left, right"),
            ("Ctrl+K, Ctrl+U, Ctrl+W", "delete to end, to start, the word before"),
            ("Ctrl+Y", "put back what was deleted"),
        ]),
        new("Connection book", [
            ("type", "filter by name, address or #tag; an address offers a quick connect"),
            ("Enter", "connect"),
            ("Insert, F2, Delete", "add, edit, delete a host"),
            ("Esc", "clear the filter"),
        ]),
        new("Negotiation inspector", [
            ("Ctrl+PgUp, Ctrl+PgDn", "Log, Options and Data pages"),
            ("Space", "pause or resume the log"),
            ("/, n, N", "search the log, next, previous"),
            ("f, x, c", "filter, raw bytes, clear the log"),
            ("Enter", "a record in full; on Options: ask WILL/WONT/DO/DONT"),
        ]),
    ];
}
