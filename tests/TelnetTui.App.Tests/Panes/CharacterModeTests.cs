using TelnetTui.App.Tests.Support;
using TelnetTui.Core.Input;
using TelnetTui.Tui.Input;

namespace TelnetTui.App.Tests.Panes;

/// <summary>
/// Character mode (the host has WILL ECHO and WILL SGA, RFC 857/858 "kludge line mode" off): no input line,
/// the terminal has the focus and every key goes to the host at once through the session's key encoder;
/// client keys (Alt+letter, F-keys, Ctrl+]) stay with the client.
/// </summary>
public sealed class CharacterModeTests : IAsyncLifetime
{
    private readonly AppHarness _h = AppHarness.Create(80, 12);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _h.DisposeAsync();

    private void EnterCharacterMode()
    {
        _h.Connect();
        _h.FromHost(Bytes.Of("IAC WILL ECHO IAC WILL SGA \"Press a key: \""), () => _h.Session!.Mode == InputMode.Character);
        _h.Settle();
        _h.Frame();
        _h.Host.ClearFromClient();
    }

    [Fact]
    public void Keys_go_to_the_host_one_by_one_and_nothing_is_echoed_locally()
    {
        EnterCharacterMode();
        Assert.True(_h.App.Terminal.Screen.HasFocus);
        _h.Type("ab");
        _h.Key(Key.Up);
        _h.Key(KeyEvent.Char('c', KeyModifiers.Ctrl));
        _h.Key(Key.Tab);
        _h.Key(Key.Escape);
        _h.Pump(() => _h.Host.FromClient.Length >= 7, "the keys to reach the host");
        Assert.Equal(Bytes.Of("\"ab\" 1B 5B 41 03 09 1B"), _h.Host.FromClient);
        Assert.DoesNotContain("ab", _h.Text()); // the host echoes, not us
    }

    [Fact]
    public void The_input_line_is_gone_and_the_cursor_is_the_remote_cursor()
    {
        EnterCharacterMode();
        var lines = _h.Lines();
        Assert.Equal("Press a key:", lines[0].TrimEnd());
        Assert.Contains("char", lines[^1]);
        var cursor = _h.App.Terminal.Screen.Cursor;
        Assert.NotNull(cursor);
        Assert.Equal((13, 0), (cursor.Value.X, cursor.Value.Y));
    }

    [Fact]
    public void Client_keys_are_not_sent_to_the_host()
    {
        EnterCharacterMode();
        _h.Key(KeyEvent.Char('i', KeyModifiers.Alt)); // toggle-inspector
        _h.Key(Key.F1);                               // help
        _h.Settle();
        Assert.Empty(_h.Host.FromClient);
        Assert.Contains("Keys (Esc to close)", _h.Text());
        Assert.True(_h.App.Side.IsOpen(TelnetTuiApp.InspectorPane));
    }

    [Fact]
    public void A_paste_is_sent_as_typed_text()
    {
        EnterCharacterMode();
        _h.App.Application.Post(new PasteEvent("one\ntwo"));
        _h.App.Application.ProcessPending();
        _h.Pump(() => _h.Host.FromClient.Length >= 7, "the paste to reach the host");
        Assert.Equal(Bytes.Of("\"one\" 0D 00 \"two\""), _h.Host.FromClient);
    }
}
