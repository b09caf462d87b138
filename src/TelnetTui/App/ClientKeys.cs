using TelnetTui.Core.Settings;
using TelnetTui.Tui.App;
using TuiChord = TelnetTui.Tui.Input.KeyChord;

namespace TelnetTui.App;

/// <summary>
/// Puts the configured client keys ([ui.keys], already checked by the settings layer) into the loop's key
/// map. Help, quit and the menu work even over a dialog; the rest only on the main screen.
/// </summary>
public static class ClientKeys
{
    private static readonly HashSet<string> AlwaysActive = new(StringComparer.Ordinal) { "help", "quit" };

    /// <summary>Binds every action to its key; returns problems with chords the toolkit cannot read (none are expected).</summary>
    public static IReadOnlyList<string> Apply(KeyMap map, IReadOnlyDictionary<string, KeyChord> bindings)
    {
        var problems = new List<string>();
        foreach (var (action, chord) in bindings)
        {
            if (TuiChord.TryParse(chord.ToString(), out var parsed, out var error))
                map.Bind(parsed, action, AlwaysActive.Contains(action) ? BindingScope.Always : BindingScope.Main);
            else
                problems.Add($"ui.keys.{action}: {error}");
        }
        return problems;
    }
}
