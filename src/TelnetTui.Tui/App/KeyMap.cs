using TelnetTui.Tui.Input;

namespace TelnetTui.Tui.App;

/// <summary>When a binding applies.</summary>
public enum BindingScope : byte
{
    /// <summary>Only while no dialog or overlay is open (the overlay gets the keys first).</summary>
    Main,
    /// <summary>Always, even over a dialog (quit, help).</summary>
    Always,
}

/// <summary>
/// Global key bindings: chord → command id, checked before the focused widget sees the key (client keys
/// such as Alt+letter, F-keys and Ctrl+] must work whatever has focus). Rebindable from the config with
/// strings like "Alt+B", "F1", "Ctrl+]", "Shift+Tab".
/// </summary>
public sealed class KeyMap
{
    private readonly Dictionary<KeyChord, (string Command, BindingScope Scope)> _bindings = [];
    private readonly List<KeyChord> _order = [];

    public void Bind(KeyChord chord, string commandId, BindingScope scope = BindingScope.Main)
    {
        if (!_bindings.ContainsKey(chord))
            _order.Add(chord);
        _bindings[chord] = (commandId, scope);
    }

    public void Bind(string chord, string commandId, BindingScope scope = BindingScope.Main) =>
        Bind(KeyChord.Parse(chord), commandId, scope);

    public bool Unbind(KeyChord chord)
    {
        _order.Remove(chord);
        return _bindings.Remove(chord);
    }

    /// <summary>Removes every binding of <paramref name="commandId"/>.</summary>
    public void UnbindCommand(string commandId)
    {
        foreach (var chord in BindingsFor(commandId).ToList())
            Unbind(chord);
    }

    public bool TryGetCommand(KeyEvent e, bool overlayOpen, out string commandId)
    {
        commandId = "";
        if (!_bindings.TryGetValue(e.Chord, out var binding))
            return false;
        if (overlayOpen && binding.Scope != BindingScope.Always)
            return false;
        commandId = binding.Command;
        return true;
    }

    /// <summary>All bindings in the order they were made.</summary>
    public IEnumerable<(KeyChord Chord, string CommandId)> Bindings => _order.Select(c => (c, _bindings[c].Command));

    public IEnumerable<KeyChord> BindingsFor(string commandId) =>
        _order.Where(c => string.Equals(_bindings[c].Command, commandId, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Applies the config's bindings: command id → one or more chords separated by commas ("F1, Alt+H"),
    /// or "" / "none" to unbind. Unknown commands and bad chords come back as messages naming them; the
    /// rest are applied. A chord taken by another command moves to this one.
    /// </summary>
    public IReadOnlyList<string> Apply(IEnumerable<KeyValuePair<string, string>> config, CommandRegistry commands)
    {
        var errors = new List<string>();
        foreach (var (commandId, value) in config)
        {
            if (!commands.TryGet(commandId, out _))
            {
                errors.Add($"key binding for unknown command '{commandId}'");
                continue;
            }
            var chords = new List<KeyChord>();
            var ok = true;
            foreach (var part in SplitChords(value))
            {
                if (part.Equals("none", StringComparison.OrdinalIgnoreCase))
                    continue;
                if (KeyChord.TryParse(part, out var chord, out var error))
                    chords.Add(chord);
                else
                {
                    errors.Add($"key binding for '{commandId}': {error}");
                    ok = false;
                }
            }
            if (!ok)
                continue;
            var scope = BindingsFor(commandId).Select(c => _bindings[c].Scope).DefaultIfEmpty(BindingScope.Main).First();
            UnbindCommand(commandId);
            foreach (var chord in chords)
                Bind(chord, commandId, scope);
        }
        return errors;
    }

    // "Ctrl+,, F2" has a comma key: a comma right after '+' belongs to the chord.
    private static IEnumerable<string> SplitChords(string value)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == ',' && !(i > 0 && value[i - 1] == '+'))
            {
                var part = value[start..i].Trim();
                if (part.Length > 0)
                    yield return part;
                start = i + 1;
            }
        }
        var last = value[start..].Trim();
        if (last.Length > 0)
            yield return last;
    }
}
