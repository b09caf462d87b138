using TelnetTui.Core.Book;
using TelnetTui.Core.Input;
using TelnetTui.Core.Sessions;
using TelnetTui.Core.Tests.Support;
using static TelnetTui.Core.Tests.Support.TelnetBytes;

namespace TelnetTui.Core.Tests.Input;

/// <summary>
/// What the user types reaches the host in the host's encoding (issue 6: "a typed ä reaches a CP437 BBS
/// as 0x84"; CP437 through our own table, never .NET's best-fit), ended by the host's Enter key
/// (RFC 854: CR LF, CR NUL, or LF), with 0xFF doubled (RFC 854 IAC escaping).
/// </summary>
public sealed class InputEncodingTests
{
    private static async Task<byte[]> SentAsync(HostEntry host, Action<Session> send)
    {
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(new SessionOptions { Host = host, Connector = connector, Clock = new FakeClock() });
        await h.ConnectAsync();
        send(h.Session);
        await h.PumpUntilAsync(() => connector.Last.Written.Length > 0, "bytes on the wire");
        await h.PumpForAsync(TimeSpan.FromMilliseconds(20));
        return connector.Last.Written;
    }

    public static TheoryData<string, string, byte[]> Lines => new()
    {
        { "cp437", "Gäst", [(byte)'G', 0x84, (byte)'s', (byte)'t', 13, 10] },
        { "cp437", "€5", [(byte)'?', (byte)'5', 13, 10] },           // no CP437 euro: '?', never a best-fit 'E'
        { "cp437", "Ω≈", [0xEA, 0xF7, 13, 10] },
        { "iso-8859-1", "Gäst", [(byte)'G', 0xE4, (byte)'s', (byte)'t', 13, 10] },
        { "iso-8859-1", "ÿ", [0xFF, 0xFF, 13, 10] },                // 0xFF is doubled on the wire
        { "utf-8", "Gäst", [(byte)'G', 0xC3, 0xA4, (byte)'s', (byte)'t', 13, 10] },
        { "koi8-r", "да", [0xC4, 0xC1, 13, 10] },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task A_line_is_encoded_in_the_hosts_encoding(string encoding, string text, byte[] expected)
    {
        var sent = await SentAsync(SessionHarness.Host() with { Encoding = encoding }, s => s.SendLine(text));
        Assert.Equal(expected, sent);
    }

    [Theory]
    [InlineData(EnterKey.CrLf, new byte[] { 0x6C, 13, 10 })]
    [InlineData(EnterKey.CrNul, new byte[] { 0x6C, 13, 0 })]
    [InlineData(EnterKey.Lf, new byte[] { 0x6C, 10 })]
    public async Task A_line_ends_with_the_hosts_enter_key(EnterKey enter, byte[] expected)
    {
        var sent = await SentAsync(SessionHarness.Host() with { EnterKey = enter }, s => s.SendLine("l"));
        Assert.Equal(expected, sent);
    }

    [Fact]
    public async Task Keys_in_character_mode_use_the_hosts_encoding_and_enter_key()
    {
        var host = SessionHarness.Host() with { Encoding = "cp437", Mode = HostMode.Bbs, KeyMap = KeyMapKind.AnsiBbs, EnterKey = EnterKey.CrNul };
        var sent = await SentAsync(host, s =>
        {
            s.SendKey(SessionKey.Char('ä'));
            s.SendKey(new SessionKey(SessionKeyCode.End));
            s.SendKey(new SessionKey(SessionKeyCode.Enter));
        });
        Assert.Equal([0x84, 0x1B, (byte)'[', (byte)'K', 13, 0], sent);
    }

    [Fact]
    public async Task A_vt_host_gets_application_cursor_keys_once_it_asks_for_them()
    {
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(new SessionOptions { Host = SessionHarness.Host() with { Mode = HostMode.Bbs }, Connector = connector, Clock = new FakeClock() });
        await h.ConnectAsync();
        h.Session.SendKey(new SessionKey(SessionKeyCode.Up));
        connector.Last.Send("\e[?1h");
        await h.PumpUntilAsync(() => h.Session.Screen.Modes.ApplicationCursorKeys, "DECCKM");
        h.Session.SendKey(new SessionKey(SessionKeyCode.Up));
        await h.PumpUntilAsync(() => connector.Last.Written.Length >= 6, "both keys");
        Assert.Equal("\e[A\eOA"u8.ToArray(), connector.Last.Written);
    }

    [Fact]
    public async Task Paste_in_character_mode_is_bracketed_when_the_host_asked()
    {
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(new SessionOptions { Host = SessionHarness.Host() with { Mode = HostMode.Bbs }, Connector = connector, Clock = new FakeClock() });
        await h.ConnectAsync();
        connector.Last.Send("\e[?2004h");
        await h.PumpUntilAsync(() => h.Session.Screen.Modes.BracketedPaste, "bracketed paste mode");
        h.Session.SendPaste("a\nb");
        await h.PumpUntilAsync(() => connector.Last.Written.Length >= 16, "the paste");
        // Outside BINARY a bare CR goes out as CR NUL (RFC 854).
        Assert.Equal("\e[200~a\r\0b\e[201~"u8.ToArray(), connector.Last.Written);
    }

    [Fact]
    public async Task Mouse_events_go_to_the_host_only_when_it_asked_for_them()
    {
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(new SessionOptions { Host = SessionHarness.Host(), Connector = connector, Clock = new FakeClock() });
        await h.ConnectAsync();
        var click = new Terminal.Input.MouseEvent(Terminal.Input.MouseAction.Press, Terminal.Input.MouseButton.Left, 4, 9);
        Assert.False(h.Session.SendMouse(click));
        Assert.False(h.Session.WantsMouse);
        connector.Last.Send("\e[?1000h\e[?1006h");
        await h.PumpUntilAsync(() => h.Session.WantsMouse, "mouse mode");
        Assert.True(h.Session.SendMouse(click));
        await h.PumpUntilAsync(() => connector.Last.Written.Length > 0, "the report");
        Assert.Equal("\e[<0;10;5M"u8.ToArray(), connector.Last.Written);
    }
}
