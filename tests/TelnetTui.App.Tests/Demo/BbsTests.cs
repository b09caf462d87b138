using System.Text;
using TelnetTui.App.Tests.Demo.Support;
using TelnetTui.Demo.Assets;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.App.Tests.Demo;

/// <summary>
/// The BBS area: character mode, the ESC[6n dance (answered and not), the art on the wire in CP437 or
/// UTF-8, the terminal screen that follows NAWS, and the single-key menu.
/// </summary>
public class BbsTests
{
    private static readonly byte[] CursorReportRequest = "\x1b[6n"u8.ToArray();

    /// <summary>Enters the BBS; answers the cursor report request with <paramref name="answer"/> unless null.</summary>
    private static async Task EnterAsync(DemoClient client, string? answer)
    {
        await client.WaitForPromptAsync(0);
        await client.Channel.WriteLineAsync("bbs");
        await client.WaitForAsync(c => c.Data.AsSpan().IndexOf(CursorReportRequest) >= 0, "ESC[6n");
        if (answer is not null)
            await client.Channel.WriteAsync(answer);
        await client.WaitForTextAsync("any key");
    }

    private static int IndexOf(byte[] data, byte[] needle, int from = 0)
    {
        var i = data.AsSpan(from).IndexOf(needle);
        return i < 0 ? -1 : i + from;
    }

    [Fact]
    public void The_probe_is_one_UTF8_character_that_is_three_CP437_glyphs()
    {
        var probe = Encoding.UTF8.GetBytes(TelnetTui.Demo.Bbs.AnsiDetector.Probe);
        Assert.Equal(3, probe.Length);
        Assert.Equal(1, TelnetTui.Demo.Bbs.AnsiDetector.Probe.Length);
    }

    [Fact]
    public async Task A_terminal_that_answers_ESC_6n_at_column_4_is_ANSI_and_CP437_and_gets_the_art_bytes_as_drawn()
    {
        await using var server = DemoHarness.Start();
        await using var client = await server.ConnectAsync();
        await EnterAsync(client, "\x1b[7;4R");
        var data = client.Data;
        var request = IndexOf(data, CursorReportRequest);
        // The probe: CR, then the three UTF-8 bytes of ⌂, then DSR 6 (ECMA-48 §8.3.35).
        Assert.Equal("\r\u2302"u8.ToArray(), data[(request - 4)..request]);
        var art = DemoAssets.Default.Art[DemoAssets.Welcome].Cp437Bytes;
        Assert.True(IndexOf(data, art) > request, "the welcome art's CP437 bytes are not on the wire as drawn");
        Assert.Equal(-1, IndexOf(data, "SAUCE00"u8.ToArray()));
        Assert.Contains("ANSI detected: the terminal answered ESC[6n with row 7, column 4", client.Text);
        Assert.Contains("Sending CP437", client.Text);
        // Character mode: the server echoes (so the client does not), and GA is suppressed.
        Assert.True(client.IsEnabled(TelnetSide.Remote, TelnetOption.Echo));
        Assert.True(client.IsEnabled(TelnetSide.Remote, TelnetOption.SuppressGoAhead));
    }

    [Fact]
    public async Task A_terminal_that_answers_at_column_2_decoded_UTF8_and_gets_the_art_in_UTF8()
    {
        await using var server = DemoHarness.Start();
        await using var client = await server.ConnectAsync();
        await EnterAsync(client, "\x1b[1;2R");
        var art = DemoAssets.Default.Art[DemoAssets.Welcome];
        Assert.True(IndexOf(client.Data, art.Utf8Bytes) >= 0, "the UTF-8 art is not on the wire");
        Assert.Contains("Sending UTF-8", client.Text);
        Assert.Contains("♥", client.Text);
    }

    private static readonly Action<TelnetTui.Demo.DemoServerOptions> ShortWait = o => o.AnsiDetectTimeout = TimeSpan.FromMilliseconds(600);

    [Fact]
    public async Task Without_an_answer_the_server_waits_its_timeout_then_says_so_and_uses_CP437()
    {
        await using var server = DemoHarness.Start(ShortWait);
        // No MTTS: nothing says this client decodes UTF-8.
        await using var client = await server.ConnectAsync(o => o.Settings.UseMtts = false);
        await EnterAsync(client, answer: null);
        Assert.Contains("ANSI not detected: no answer to ESC[6n in time", client.Text);
        Assert.True(IndexOf(client.Data, DemoAssets.Default.Art[DemoAssets.Welcome].Cp437Bytes) >= 0);
    }

    [Fact]
    public async Task Without_an_answer_a_client_whose_MTTS_says_UTF8_gets_UTF8()
    {
        await using var server = DemoHarness.Start(ShortWait);
        await using var client = await server.ConnectAsync();
        await EnterAsync(client, answer: null);
        Assert.Contains("ANSI not detected", client.Text);
        Assert.True(IndexOf(client.Data, DemoAssets.Default.Art[DemoAssets.Welcome].Utf8Bytes) >= 0);
    }

    [Fact]
    public async Task Keys_typed_instead_of_an_answer_do_not_count_as_one()
    {
        await using var server = DemoHarness.Start(ShortWait);
        await using var client = await server.ConnectAsync(o => o.Settings.UseMtts = false);
        await client.WaitForPromptAsync(0);
        await client.Channel.WriteLineAsync("bbs");
        await client.WaitForAsync(c => c.Data.AsSpan().IndexOf(CursorReportRequest) >= 0, "ESC[6n");
        await client.Channel.WriteAsync("xyz\x1b[A\x1b[99;1Q");
        await client.WaitForTextAsync("ANSI not detected");
    }

    [Fact]
    public async Task The_terminal_screen_shows_NAWS_and_TTYPE_and_redraws_on_every_resize()
    {
        await using var server = DemoHarness.Start();
        await using var client = await server.ConnectAsync();
        await EnterAsync(client, "\x1b[1;2R");
        await client.Channel.WriteAsync(" ");
        await client.WaitForTextAsync("Your key: ");
        var from = client.DataLength;
        await client.Channel.WriteAsync("i");
        await client.WaitForTextAsync("80 x 24", from);
        Assert.Contains("TELNETTUI → XTERM-256COLOR → MTTS 783", client.TextFrom(from));
        Assert.Contains("Ansi, Vt100, Utf8", client.TextFrom(from));
        // The frame fills the window, one column short of the edge.
        Assert.Contains("\x1b[2;79H║", client.TextFrom(from));

        from = client.DataLength;
        await client.Channel.SendAsync(e => e.SetWindowSize(100, 30));
        await client.WaitForTextAsync(@"100 x 30   \(update 1\)", from);
        Assert.Contains("\x1b[2;99H║", client.TextFrom(from));
        Assert.Contains("\x1b[30;1H╚", client.TextFrom(from));

        from = client.DataLength;
        await client.Channel.SendAsync(e => e.SetWindowSize(132, 50));
        await client.WaitForTextAsync(@"132 x 50   \(update 2\)", from);

        // Q goes back to the menu.
        from = client.DataLength;
        await client.Channel.WriteAsync("q");
        await client.WaitForTextAsync("Your key: ", from);
    }

    [Fact]
    public async Task A_huge_NAWS_size_is_drawn_clamped()
    {
        await using var server = DemoHarness.Start();
        await using var client = await server.ConnectAsync();
        await EnterAsync(client, "\x1b[1;2R");
        await client.Channel.WriteAsync(" i");
        await client.WaitForTextAsync("80 x 24");
        var from = client.DataLength;
        await client.Channel.SendAsync(e => e.SetWindowSize(65535, 65535));
        await client.WaitForTextAsync("65535 x 65535", from);
        Assert.Contains($"\x1b[2;{TelnetTui.Demo.DemoLimits.MaxDrawColumns}H║", client.TextFrom(from));
        Assert.DoesNotContain("\x1b[2;65534H", client.TextFrom(from));
    }

    [Fact]
    public async Task The_menu_keys_show_bulletins_the_chart_switch_encoding_and_log_off()
    {
        await using var server = DemoHarness.Start();
        await using var client = await server.ConnectAsync();
        await EnterAsync(client, "\x1b[1;4R");
        await client.Channel.WriteAsync(" ");
        await client.WaitForTextAsync("Your key: ");
        var art = DemoAssets.Default.Art;

        var from = client.DataLength;
        await client.Channel.WriteAsync("b");
        await client.WaitForAsync(c => IndexOf(c.Data, art[DemoAssets.Bulletins].Cp437Bytes, from) >= 0, "the bulletins art");
        await client.Channel.WriteAsync(" ");
        await client.WaitForTextAsync("Your key: ", from);

        // The chart in CP437: every byte but NUL and the controls a terminal acts on is sent as itself.
        from = client.DataLength;
        await client.Channel.WriteAsync("c");
        await client.WaitForTextAsync("Any key returns", from);
        var chart = client.Data[from..];
        foreach (var b in new byte[] { 0x01, 0x02, 0x03, 0x0B, 0x0C, 0x0E, 0x1F, 0x7F, 0x80, 0xB0, 0xDB, 0xFE })
            Assert.True(Array.IndexOf(chart, b) >= 0, $"byte 0x{b:X2} is missing from the chart");
        Assert.Equal(-1, Array.IndexOf(chart, (byte)0x07));
        await client.Channel.WriteAsync(" ");

        from = client.DataLength;
        await client.Channel.WriteAsync("e");
        await client.WaitForTextAsync("Now sending UTF-8", from);
        Assert.True(IndexOf(client.Data, art[DemoAssets.Menu].Utf8Bytes, from) >= 0);

        await client.Channel.WriteAsync("g");
        await client.WaitForAsync(c => IndexOf(c.Data, art[DemoAssets.Goodbye].Utf8Bytes) >= 0, "the goodbye art");
        Assert.NotNull(await client.Channel.Connection.Closed.WaitAsync(DemoClient.Wait, DemoClient.Ct));
    }

    [Fact]
    public async Task An_unknown_key_rings_the_bell_and_says_which_keys_work()
    {
        await using var server = DemoHarness.Start();
        await using var client = await server.ConnectAsync();
        await EnterAsync(client, "\x1b[1;2R");
        await client.Channel.WriteAsync(" ");
        await client.WaitForTextAsync("Your key: ");
        var from = client.DataLength;
        await client.Channel.WriteAsync("z");
        await client.WaitForTextAsync("\aNo such key here: press I, C, B, E, M or G.", from);
    }
}
