using TelnetTui.Core.Input;
using TelnetTui.Panes.Terminal;
using TelnetTui.Tui.Input;
using CoreModifiers = TelnetTui.Core.Settings.KeyModifiers;

namespace TelnetTui.App.Tests.Panes;

/// <summary>The toolkit's keys become the session's keys one to one (the session's encoder makes the bytes).</summary>
public class KeyTranslatorTests
{
    public static TheoryData<Key, KeyModifiers, SessionKeyCode, CoreModifiers> Named() => new()
    {
        { Key.Enter, KeyModifiers.None, SessionKeyCode.Enter, CoreModifiers.None },
        { Key.Up, KeyModifiers.Ctrl, SessionKeyCode.Up, CoreModifiers.Ctrl },
        { Key.F5, KeyModifiers.Shift | KeyModifiers.Alt, SessionKeyCode.F5, CoreModifiers.Shift | CoreModifiers.Alt },
        { Key.F20, KeyModifiers.None, SessionKeyCode.F20, CoreModifiers.None },
        { Key.Delete, KeyModifiers.None, SessionKeyCode.Delete, CoreModifiers.None },
        { Key.Begin, KeyModifiers.None, SessionKeyCode.Keypad5, CoreModifiers.None },
    };

    [Theory]
    [MemberData(nameof(Named))]
    public void Named_keys(Key key, KeyModifiers modifiers, SessionKeyCode code, CoreModifiers expected)
    {
        Assert.True(KeyTranslator.TryTranslate(new KeyEvent(key, modifiers), out var k));
        Assert.Equal(new SessionKey(code, expected), k);
    }

    [Fact]
    public void Characters_keep_their_text_and_modifiers_and_F21_has_no_session_key()
    {
        Assert.True(KeyTranslator.TryTranslate(KeyEvent.Char('ä'), out var k));
        Assert.Equal(SessionKey.Chars("ä"), k);
        Assert.True(KeyTranslator.TryTranslate(KeyEvent.Char('c', KeyModifiers.Ctrl), out k));
        Assert.Equal(SessionKey.Char('c', CoreModifiers.Ctrl), k);
        Assert.False(KeyTranslator.TryTranslate(new KeyEvent(Key.F21), out _));
    }
}
