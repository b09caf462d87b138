using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace TelnetTui.Core.Settings;

/// <summary>
/// A key with modifiers, written the way people write them: "Alt+B", "F1", "Ctrl+]", "Shift+PageUp",
/// "Ctrl++". Letters are case-insensitive (Shift is its own modifier); the key is a named key or one
/// printable character. The TUI layer maps chords onto its input events.
/// </summary>
public readonly record struct KeyChord(KeyModifiers Modifiers, string Key)
{
    /// <summary>Named keys, in their canonical spelling.</summary>
    public static IReadOnlyList<string> NamedKeys { get; } =
    [
        "Enter", "Tab", "Esc", "Backspace", "Space", "Up", "Down", "Left", "Right", "Home", "End",
        "PageUp", "PageDown", "Insert", "Delete",
        .. Enumerable.Range(1, 24).Select(n => "F" + n.ToString(CultureInfo.InvariantCulture)),
    ];

    private static readonly Dictionary<string, string> NamedLookup = BuildLookup();

    public const string Syntax = "modifiers Ctrl, Alt, Shift joined by '+' to a key: a character, Enter, Tab, Esc, Backspace, Space, arrows Up/Down/Left/Right, Home, End, PageUp, PageDown, Insert, Delete, F1-F24 (e.g. \"Alt+B\", \"F1\", \"Ctrl+]\")";

    public static bool TryParse(string text, [NotNullWhen(true)] out KeyChord? chord, [NotNullWhen(false)] out string? problem)
    {
        chord = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "no key given";
            return false;
        }
        var modifiers = KeyModifiers.None;
        var rest = text.Trim();
        while (true)
        {
            var plus = rest.IndexOf('+');
            // A '+' at the very end is the key itself ("Ctrl++"); a lone "+" is the plus key.
            if (plus <= 0 || plus == rest.Length - 1)
                break;
            var modifier = rest[..plus].Trim();
            var flag = modifier.ToLowerInvariant() switch
            {
                "ctrl" or "control" => KeyModifiers.Ctrl,
                "alt" or "meta" => KeyModifiers.Alt,
                "shift" => KeyModifiers.Shift,
                _ => KeyModifiers.None,
            };
            if (flag == KeyModifiers.None)
            {
                problem = $"'{modifier}' is not a modifier (use Ctrl, Alt or Shift)";
                return false;
            }
            if ((modifiers & flag) != 0)
            {
                problem = $"{flag} is given twice";
                return false;
            }
            modifiers |= flag;
            rest = rest[(plus + 1)..];
        }
        var key = rest.Trim();
        if (NamedLookup.TryGetValue(key, out var named))
        {
            chord = new KeyChord(modifiers, named);
            return true;
        }
        if (key.Length == 1 && key[0] > ' ' && key[0] != 0x7F)
        {
            chord = new KeyChord(modifiers, char.ToUpperInvariant(key[0]).ToString());
            return true;
        }
        problem = $"'{key}' is not a key";
        return false;
    }

    public static KeyChord Parse(string text) =>
        TryParse(text, out var chord, out var problem) ? chord.Value : throw new FormatException($"'{text}': {problem}");

    public override string ToString()
    {
        var sb = new StringBuilder();
        if (Modifiers.HasFlag(KeyModifiers.Ctrl))
            sb.Append("Ctrl+");
        if (Modifiers.HasFlag(KeyModifiers.Alt))
            sb.Append("Alt+");
        if (Modifiers.HasFlag(KeyModifiers.Shift))
            sb.Append("Shift+");
        return sb.Append(Key).ToString();
    }

    private static Dictionary<string, string> BuildLookup()
    {
        var d = NamedKeys.ToDictionary(k => k, k => k, StringComparer.OrdinalIgnoreCase);
        d["Escape"] = "Esc";
        d["Return"] = "Enter";
        d["Del"] = "Delete";
        d["Ins"] = "Insert";
        d["PgUp"] = "PageUp";
        d["PgDn"] = "PageDown";
        return d;
    }
}
