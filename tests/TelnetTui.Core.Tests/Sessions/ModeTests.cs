using TelnetTui.Core.Book;
using TelnetTui.Core.Capture;
using TelnetTui.Core.Input;
using TelnetTui.Core.Replay;
using TelnetTui.Core.Sessions;
using TelnetTui.Core.Tests.Support;
using TelnetTui.Terminal.Model;
using static TelnetTui.Core.Tests.Support.TelnetBytes;

namespace TelnetTui.Core.Tests.Sessions;

/// <summary>
/// Line vs character mode follows the server (DESIGN.md, "Behaviour users rely on"): WILL ECHO + WILL SGA
/// is character mode; WILL ECHO alone in line mode masks the input, which then stays out of history,
/// log and capture (asserted on the files). The book's mode forces either.
/// </summary>
public sealed class ModeTests
{
    private static async Task<(SessionHarness H, FakeTransport Host)> ConnectAsync(HostEntry? host = null, InputHistory? history = null)
    {
        var connector = new FakeConnector().Succeed();
        var h = new SessionHarness(new SessionOptions { Host = host ?? SessionHarness.Host(), Connector = connector, Clock = new FakeClock(), History = history });
        await h.ConnectAsync();
        return (h, connector.Last);
    }

    [Fact]
    public async Task Echo_and_sga_from_the_server_mean_character_mode_and_losing_echo_means_line_mode()
    {
        var (h, host) = await ConnectAsync();
        await using (h)
        {
            Assert.Equal(InputMode.Line, h.Session.Mode);
            host.Send(Bytes(Cmd(Will, Echo), Cmd(Will, Sga)));
            await h.PumpUntilAsync(() => h.Session.Mode == InputMode.Character, "character mode");
            Assert.False(h.Session.InputMasked);
            host.Send(Cmd(Wont, Echo));
            await h.PumpUntilAsync(() => h.Session.Mode == InputMode.Line, "line mode");
            Assert.Equal(
                [new InputModeState(InputMode.Line, true), new InputModeState(InputMode.Character, false), new InputModeState(InputMode.Line, false)],
                h.Modes);
        }
    }

    [Fact]
    public async Task Echo_alone_masks_the_line()
    {
        var (h, host) = await ConnectAsync();
        await using (h)
        {
            host.Send(Cmd(Will, Echo));
            await h.PumpUntilAsync(() => h.Session.InputMasked, "masking");
            Assert.Equal(InputMode.Line, h.Session.Mode);
            host.Send(Cmd(Wont, Echo));
            await h.PumpUntilAsync(() => !h.Session.InputMasked, "unmasking");
        }
    }

    [Fact]
    public async Task The_book_can_force_line_mode_and_character_mode()
    {
        var (mud, mudHost) = await ConnectAsync(SessionHarness.Host() with { Mode = HostMode.Mud });
        await using (mud)
        {
            mudHost.Send(Bytes(Cmd(Will, Echo), Cmd(Will, Sga)));
            await mud.PumpUntilAsync(() => mud.Session.InputMasked, "masking in forced line mode");
            Assert.Equal(InputMode.Line, mud.Session.Mode);
        }
        var (bbs, _) = await ConnectAsync(SessionHarness.Host() with { Mode = HostMode.Bbs });
        await using (bbs)
        {
            Assert.Equal(InputMode.Character, bbs.Session.Mode);
            Assert.False(bbs.Session.InputMasked);
        }
    }

    [Fact]
    public async Task Masked_input_is_sent_but_kept_out_of_history_log_capture_and_screen()
    {
        using var folder = new TempFolder();
        var history = InputHistory.ForHost(folder.Path, "test");
        var (h, host) = await ConnectAsync(history: history);
        var capture = folder.File("s.ttcap");
        var log = folder.File("s.log");
        await using (h)
        {
            h.Session.StartCapture(capture);
            h.Session.StartLog(log);
            Assert.True(h.Session.SendLine("look"));
            host.Send(Bytes("Password: ", Cmd(Will, Echo)));
            await h.PumpUntilAsync(() => h.Session.InputMasked, "masking");
            Assert.True(h.Session.SendLine("hunter2"));
            host.Send(Bytes(Cmd(Wont, Echo), "\r\nWelcome\r\n"));
            await h.PumpUntilAsync(() => !h.Session.InputMasked, "unmasking");
            Assert.True(h.Session.SendLine("say hi"));
            await h.PumpUntilAsync(() => Contains(host.Written, "say hi\r\n"u8.ToArray()), "the last line on the wire");
            Assert.True(Contains(host.Written, "hunter2\r\n"u8.ToArray())); // the host does get it
            var screen = ScreenText(h.Session.Screen);
            Assert.Contains("look", screen, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter2", screen, StringComparison.Ordinal);
        }

        Assert.Equal(["look", "say hi"], history.Entries);
        var historyFile = File.ReadAllText(history.FilePath!);
        Assert.Equal("look\nsay hi\n", historyFile);
        var logText = File.ReadAllText(log);
        Assert.Contains(" > look\n", logText, StringComparison.Ordinal);
        Assert.Contains(" > ********\n", logText, StringComparison.Ordinal);
        Assert.Contains(" > say hi\n", logText, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", logText, StringComparison.Ordinal);
        var captureBytes = File.ReadAllBytes(capture);
        Assert.False(Contains(captureBytes, "hunter2"u8.ToArray()));
        Assert.True(Contains(captureBytes, "say hi"u8.ToArray()));
        using var reader = CaptureReader.Open(capture);
        var redacted = new List<byte[]>();
        while (reader.TryRead(out var r))
        {
            if (r.Kind == CaptureRecordKind.SentRedacted)
                redacted.Add(r.Payload.ToArray());
        }
        Assert.Equal([[7]], redacted); // "hunter2": its length only
    }

    [Fact]
    public async Task Local_echo_is_drawn_in_its_own_colour_and_the_hosts_colour_carries_on()
    {
        var (h, host) = await ConnectAsync();
        await using (h)
        {
            host.Send("\e[31m> ");
            await h.PumpUntilAsync(() => h.Session.Screen.GetLineText(0).TrimEnd() == ">", "the prompt");
            h.Session.SendLine("kill rat");
            host.Send("more");
            await h.PumpUntilAsync(() => h.Session.Screen.GetLineText(1) == "more", "the next output");
            var screen = h.Session.Screen;
            Assert.Equal("> kill rat", screen.GetLineText(0));
            Assert.Equal(Color.Indexed(11), screen.GetCell(0, 2).Foreground); // SGR 93: bright yellow
            Assert.Equal(Color.Indexed(1), screen.GetCell(0, 0).Foreground);
            Assert.Equal(Color.Indexed(1), screen.GetCell(1, 0).Foreground); // the host's red is back
        }
    }

    [Fact]
    public async Task Character_mode_sends_lines_with_the_enter_key_and_echoes_nothing()
    {
        var (h, host) = await ConnectAsync(SessionHarness.Host() with { Mode = HostMode.Bbs, EnterKey = EnterKey.CrNul });
        await using (h)
        {
            h.Session.SendLine("G");
            await h.PumpUntilAsync(() => host.Written.Length >= 3, "the key");
            Assert.Equal("G\r\0"u8.ToArray(), host.Written);
            Assert.Equal("", h.Session.Screen.GetLineText(0));
        }
    }

    [Fact]
    public async Task A_secret_line_in_character_mode_is_kept_out_of_history_log_and_capture()
    {
        using var folder = new TempFolder();
        var history = InputHistory.ForHost(folder.Path, "bbs");
        var (h, host) = await ConnectAsync(SessionHarness.Host() with { Mode = HostMode.Bbs }, history);
        await using (h)
        {
            h.Session.StartLog(folder.File("b.log"));
            h.Session.StartCapture(folder.File("b.ttcap"));
            h.Session.SendLine("guest", remember: false);
            h.Session.SendLine("s3cret", secret: true);
            await h.PumpUntilAsync(() => Contains(host.Written, "s3cret"u8.ToArray()), "the password on the wire");
        }
        Assert.Empty(history.Entries);
        var log = File.ReadAllText(folder.File("b.log"));
        Assert.Contains(" > guest\n", log, StringComparison.Ordinal);
        Assert.Contains(" > ********\n", log, StringComparison.Ordinal);
        Assert.False(Contains(File.ReadAllBytes(folder.File("b.ttcap")), "s3cret"u8.ToArray()));
    }

    private static string ScreenText(Screen screen) =>
        string.Join("\n", Enumerable.Range(-screen.ScrollbackCount, screen.ScrollbackCount + screen.Rows).Select(screen.GetLineText));
}
