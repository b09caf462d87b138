using System.Text;

namespace TelnetTui.Tui.Input;

/// <summary>
/// A key press. For <see cref="Input.Key.Char"/>, <see cref="Rune"/> is the character as typed ('A' for
/// Shift+a, 'a' for Ctrl+a) so the app can re-encode it for a host; for other keys it is U+0000.
/// </summary>
public sealed record KeyEvent(Key Key, KeyModifiers Modifiers = KeyModifiers.None, Rune Rune = default) : InputEvent
{
    public static KeyEvent Char(char c, KeyModifiers modifiers = KeyModifiers.None) => new(Key.Char, modifiers, new Rune(c));
    public static KeyEvent Char(Rune rune, KeyModifiers modifiers = KeyModifiers.None) => new(Key.Char, modifiers, rune);

    /// <summary>The key as a binding would name it (see <see cref="KeyChord"/>).</summary>
    public KeyChord Chord => KeyChord.From(this);

    public bool HasModifier(KeyModifiers modifier) => (Modifiers & modifier) == modifier;

    /// <summary>A character to insert: a Char key with no Ctrl/Alt/Super.</summary>
    public bool IsText => Key == Key.Char && (Modifiers & (KeyModifiers.Ctrl | KeyModifiers.Alt | KeyModifiers.Super)) == 0;

    public override string ToString() => Chord.ToString();
}
