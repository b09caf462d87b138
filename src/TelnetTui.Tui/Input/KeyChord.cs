using System.Globalization;
using System.Text;

namespace TelnetTui.Tui.Input;

/// <summary>
/// A key with modifiers as a binding names it: "Alt+B", "F1", "Ctrl+]", "Shift+Tab", "Ctrl+Space".
/// Letters are case-insensitive and stored lower-case; an upper-case letter from the terminal counts as
/// Shift+letter, so "Alt+Shift+B" matches ESC B and "Alt+B" matches ESC b. Other shifted characters are
/// named by what they type ("?" rather than "Shift+/"), since a terminal sends only the character.
/// </summary>
public readonly record struct KeyChord(Key Key, KeyModifiers Modifiers, Rune Rune = default)
{
    private static readonly Dictionary<string, Key> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Enter"] = Key.Enter, ["Return"] = Key.Enter, ["Tab"] = Key.Tab, ["Backspace"] = Key.Backspace,
        ["BS"] = Key.Backspace, ["Esc"] = Key.Escape, ["Escape"] = Key.Escape, ["Up"] = Key.Up, ["Down"] = Key.Down,
        ["Left"] = Key.Left, ["Right"] = Key.Right, ["Home"] = Key.Home, ["End"] = Key.End, ["PageUp"] = Key.PageUp,
        ["PgUp"] = Key.PageUp, ["PageDown"] = Key.PageDown, ["PgDn"] = Key.PageDown, ["Insert"] = Key.Insert,
        ["Ins"] = Key.Insert, ["Delete"] = Key.Delete, ["Del"] = Key.Delete, ["Begin"] = Key.Begin,
    };

    /// <summary>The chord an event matches, with upper-case letters turned into Shift+letter.</summary>
    public static KeyChord From(KeyEvent e)
    {
        if (e.Key != Key.Char)
            return new KeyChord(e.Key, e.Modifiers);
        var rune = e.Rune;
        var modifiers = e.Modifiers;
        if (rune.Value is >= 'A' and <= 'Z')
        {
            rune = new Rune(rune.Value + 32);
            modifiers |= KeyModifiers.Shift;
        }
        return new KeyChord(Key.Char, modifiers, rune);
    }

    public bool Matches(KeyEvent e) => From(e) == this;

    public static KeyChord Parse(string text) =>
        TryParse(text, out var chord, out var error) ? chord : throw new FormatException(error);

    /// <summary>Parses "Ctrl+Alt+X", "F5", "Shift+Tab", "Ctrl+]", "Ctrl++" (plus key), "Space".</summary>
    public static bool TryParse(string text, out KeyChord chord, out string? error)
    {
        chord = default;
        error = null;
        var s = text.Trim();
        if (s.Length == 0)
        {
            error = "empty key binding";
            return false;
        }
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            // a '+' right after a separator (or alone at the end) is the plus key itself
            if (s[i] == '+' && i > start)
            {
                parts.Add(s[start..i]);
                start = i + 1;
            }
        }
        parts.Add(s[start..]);
        var modifiers = KeyModifiers.None;
        for (var i = 0; i < parts.Count - 1; i++)
        {
            var m = parts[i].Trim().ToLowerInvariant() switch
            {
                "ctrl" or "control" or "c" => KeyModifiers.Ctrl,
                "alt" or "meta" or "m" or "option" => KeyModifiers.Alt,
                "shift" or "s" => KeyModifiers.Shift,
                "super" or "cmd" or "win" => KeyModifiers.Super,
                _ => KeyModifiers.None,
            };
            if (m == KeyModifiers.None)
            {
                error = $"'{parts[i]}' is not a modifier (Ctrl, Alt, Shift, Super) in key binding '{text}'";
                return false;
            }
            modifiers |= m;
        }
        var name = parts[^1];
        if (name.Length == 0)
        {
            error = $"key binding '{text}' names no key";
            return false;
        }
        if (Names.TryGetValue(name, out var named))
        {
            chord = new KeyChord(named, modifiers);
            return true;
        }
        if (name.Equals("Space", StringComparison.OrdinalIgnoreCase))
        {
            chord = new KeyChord(Key.Char, modifiers, new Rune(' '));
            return true;
        }
        if ((name[0] is 'F' or 'f') && name.Length > 1 && int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var f))
        {
            if (f is < 1 or > 24)
            {
                error = $"function key {name} is out of range (F1–F24) in key binding '{text}'";
                return false;
            }
            chord = new KeyChord((Key)((int)Key.F1 + (f - 1)), modifiers);
            return true;
        }
        if (Rune.DecodeFromUtf16(name, out var rune, out var consumed) == System.Buffers.OperationStatus.Done && consumed == name.Length)
        {
            if (rune.Value < 0x20 || rune.Value == 0x7F)
            {
                error = $"key binding '{text}' names a control character";
                return false;
            }
            // Letters in a binding are case-insensitive ("Ctrl+P" is Ctrl+p); Shift must be written out.
            if (rune.Value is >= 'A' and <= 'Z')
                rune = new Rune(rune.Value + 32);
            chord = new KeyChord(Key.Char, modifiers, rune);
            return true;
        }
        error = $"'{name}' is not a key name (a character, F1–F24, Enter, Tab, Esc, Space, Up, PageDown, ...) in key binding '{text}'";
        return false;
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        if ((Modifiers & KeyModifiers.Ctrl) != 0)
            sb.Append("Ctrl+");
        if ((Modifiers & KeyModifiers.Alt) != 0)
            sb.Append("Alt+");
        if ((Modifiers & KeyModifiers.Shift) != 0)
            sb.Append("Shift+");
        if ((Modifiers & KeyModifiers.Super) != 0)
            sb.Append("Super+");
        if (Key == Key.Char)
        {
            if (Rune.Value == ' ')
                sb.Append("Space");
            else if (Rune.Value is >= 'a' and <= 'z')
                sb.Append((char)(Rune.Value - 32));
            else
                sb.Append(Rune.ToString());
        }
        else
            sb.Append(Key switch
            {
                Key.PageUp => "PgUp",
                Key.PageDown => "PgDn",
                Key.Escape => "Esc",
                _ => Key.ToString(),
            });
        return sb.ToString();
    }
}
