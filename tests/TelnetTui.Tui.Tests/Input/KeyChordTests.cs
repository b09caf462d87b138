using System.Text;
using TelnetTui.Tui.Input;

namespace TelnetTui.Tui.Tests.Input;

/// <summary>Key bindings as the config writes them ("Alt+B", "F1", "Ctrl+]", "Shift+Tab") and how events match them.</summary>
public class KeyChordTests
{
    [Theory]
    [InlineData("Alt+B", "Alt+B")]
    [InlineData("alt+b", "Alt+B")]
    [InlineData("F1", "F1")]
    [InlineData("f12", "F12")]
    [InlineData("Ctrl+]", "Ctrl+]")]
    [InlineData("Shift+Tab", "Shift+Tab")]
    [InlineData("Ctrl+Space", "Ctrl+Space")]
    [InlineData("Ctrl++", "Ctrl++")]
    [InlineData("Control+x", "Ctrl+X")]
    [InlineData("Meta+Shift+q", "Alt+Shift+Q")]
    [InlineData("PgDn", "PgDn")]
    [InlineData("Ctrl+PageUp", "Ctrl+PgUp")]
    [InlineData("Esc", "Esc")]
    [InlineData("?", "?")]
    public void Bindings_parse_and_print_canonically(string text, string canonical) =>
        Assert.Equal(canonical, KeyChord.Parse(text).ToString());

    [Theory]
    [InlineData("", "empty")]
    [InlineData("Hyper+A", "'Hyper' is not a modifier")]
    [InlineData("Ctrl+", "names no key")]
    [InlineData("F25", "out of range")]
    [InlineData("Ctrl+Banana", "'Banana' is not a key name")]
    public void Bad_bindings_are_explained(string text, string expected)
    {
        Assert.False(KeyChord.TryParse(text, out _, out var error));
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Events_match_their_bindings()
    {
        Assert.True(KeyChord.Parse("Alt+B").Matches(new KeyEvent(Key.Char, KeyModifiers.Alt, new Rune('b'))));
        Assert.False(KeyChord.Parse("Alt+B").Matches(new KeyEvent(Key.Char, KeyModifiers.Alt, new Rune('B'))));
        Assert.True(KeyChord.Parse("Alt+Shift+B").Matches(new KeyEvent(Key.Char, KeyModifiers.Alt, new Rune('B'))));
        Assert.True(KeyChord.Parse("Ctrl+]").Matches(new KeyEvent(Key.Char, KeyModifiers.Ctrl, new Rune(']'))));
        Assert.True(KeyChord.Parse("Shift+Tab").Matches(new KeyEvent(Key.Tab, KeyModifiers.Shift)));
        Assert.True(KeyChord.Parse("F1").Matches(new KeyEvent(Key.F1)));
        Assert.False(KeyChord.Parse("F1").Matches(new KeyEvent(Key.F1, KeyModifiers.Shift)));
        Assert.True(KeyChord.Parse("Ctrl+C").Matches(new KeyEvent(Key.Char, KeyModifiers.Ctrl, new Rune('c'))));
    }

    [Fact]
    public void Decoded_bytes_match_the_bindings_users_write()
    {
        var decoder = new InputDecoder(new InputDecoderOptions(), new FakeClock());
        var events = new List<InputEvent>();
        decoder.Decode("\x1d\eb\e[Z\eOP\e[15;5~"u8, events);
        var chords = events.Cast<KeyEvent>().Select(e => e.Chord.ToString());
        Assert.Equal(["Ctrl+]", "Alt+B", "Shift+Tab", "F1", "Ctrl+F5"], chords);
    }
}
