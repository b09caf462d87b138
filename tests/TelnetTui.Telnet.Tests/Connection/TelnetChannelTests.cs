using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using TelnetTui.Telnet.Connection;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Tests.Infrastructure;
using static TelnetTui.Telnet.Tests.Infrastructure.Bytes;

namespace TelnetTui.Telnet.Tests.Connection;

/// <summary>The telnetlib-like client API against a scripted peer on loopback.</summary>
public class TelnetChannelTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadUntil_returns_text_up_to_and_including_the_string_even_when_it_arrives_in_pieces()
    {
        await using var peer = new RawPeer();
        await using var channel = await TelnetClient.ConnectAsync("127.0.0.1", peer.Port, cancellationToken: Ct);
        await peer.SendAsync(B("\"Welcome\\r\\nlog\""));
        var read = channel.ReadUntilAsync("login: ", Wait, Ct);
        await Task.Delay(50, Ct);
        await peer.SendAsync(B("\"in: rest\""));
        Assert.Equal("Welcome\r\nlogin: ", await read);
        Assert.Equal("rest", channel.ReadAvailable());
        Assert.Equal("", channel.ReadAvailable());
    }

    [Fact]
    public async Task ReadUntil_on_timeout_returns_what_was_read()
    {
        await using var peer = new RawPeer();
        await using var channel = await TelnetClient.ConnectAsync("127.0.0.1", peer.Port, cancellationToken: Ct);
        await peer.SendAsync(B("\"partial\""));
        Assert.Equal("partial", await channel.ReadUntilAsync("never", TimeSpan.FromSeconds(1.5), Ct));
    }

    [Fact]
    public async Task Expect_returns_index_match_and_text_and_minus_one_on_timeout()
    {
        await using var peer = new RawPeer();
        await using var channel = await TelnetClient.ConnectAsync("127.0.0.1", peer.Port, cancellationToken: Ct);
        await peer.SendAsync(B("\"You have 12 new messages.\\r\\nPassword: \""));
        var result = await channel.ExpectAsync([new Regex("Login:"), new Regex(@"(\d+) new"), new Regex("Password:")], Wait, Ct);
        Assert.Equal(1, result.Index);
        Assert.Equal("12", result.Match!.Groups[1].Value);
        Assert.Equal("You have 12 new", result.Text);
        var second = await channel.ExpectAsync([new Regex("Password: ")], Wait, Ct);
        Assert.Equal((0, " messages.\r\nPassword: "), (second.Index, second.Text));
        await peer.SendAsync(B("\"junk\""));
        var none = await channel.ExpectAsync([new Regex("nope")], TimeSpan.FromSeconds(1.5), Ct);
        Assert.Equal((-1, null, "junk"), (none.Index, none.Match, none.Text));
    }

    [Fact]
    public async Task ReadLine_strips_CR_LF_and_returns_null_at_the_end()
    {
        await using var peer = new RawPeer();
        await using var channel = await TelnetClient.ConnectAsync("127.0.0.1", peer.Port, cancellationToken: Ct);
        await peer.SendAsync(B("\"one\\r\\ntwo\\nthree\""));
        (await peer.SocketAsync()).Shutdown(SocketShutdown.Send);
        Assert.Equal("one", await channel.ReadLineAsync(Wait, Ct));
        Assert.Equal("two", await channel.ReadLineAsync(Wait, Ct));
        Assert.Equal("three", await channel.ReadLineAsync(Wait, Ct));
        Assert.Null(await channel.ReadLineAsync(Wait, Ct));
        await Assert.ThrowsAsync<TelnetClosedException>(() => channel.ReadUntilAsync("x", Wait, Ct));
        Assert.Equal("the host closed the connection", channel.CloseReason);
    }

    [Fact]
    public async Task ReadLine_times_out_with_an_exception()
    {
        await using var peer = new RawPeer();
        await using var channel = await TelnetClient.ConnectAsync("127.0.0.1", peer.Port, cancellationToken: Ct);
        await peer.SendAsync(B("\"no newline\""));
        await Assert.ThrowsAsync<TimeoutException>(() => channel.ReadLineAsync(TimeSpan.FromMilliseconds(200), Ct));
    }

    [Fact]
    public async Task A_prompt_split_over_several_reads_arrives_as_one()
    {
        await using var peer = new RawPeer();
        await using var channel = await TelnetClient.ConnectAsync("127.0.0.1", peer.Port, cancellationToken: Ct);
        var prompt = channel.ReadUntilPromptAsync(Wait, Ct);
        await peer.SendAsync(B("\"HP:1\""));
        await Task.Delay(30, Ct);
        await peer.SendAsync(B("\"00> \" IAC"));
        await Task.Delay(30, Ct);
        await peer.SendAsync(B("GA \"You see\" IAC WILL EOR \" a door.\\r\\n> \" IAC EOR"));
        Assert.Equal("HP:100> ", await prompt);
        Assert.Equal("You see a door.\r\n> ", await channel.ReadUntilPromptAsync(Wait, Ct));
    }

    [Fact]
    public async Task Negotiation_answers_go_back_to_the_peer()
    {
        await using var peer = new RawPeer();
        var settings = new TelnetSettings { InitialColumns = 100, InitialRows = 30 };
        await using var channel = await TelnetClient.ConnectAsync("127.0.0.1", peer.Port, new TelnetChannelOptions { Settings = settings }, Ct);
        await peer.SendAsync(B("IAC DO NAWS IAC WILL ECHO"));
        var expected = B("IAC WILL NAWS IAC SB NAWS 00 64 00 1E IAC SE IAC DO ECHO");
        Assert.Equal(expected, await peer.ReceiveAsync(expected.Length, Wait));
        Assert.True(channel.Query(e => e.IsEnabled(TelnetSide.Remote, TelnetOption.Echo)));
        await channel.SendAsync(e => e.SetWindowSize(120, 40));
        var resize = B("IAC SB NAWS 00 78 00 28 IAC SE");
        Assert.Equal(resize, await peer.ReceiveAsync(resize.Length, Wait));
    }

    [Fact]
    public async Task WaitForNegotiation_waits_out_the_minimum_and_returns_when_it_is_quiet()
    {
        await using var peer = new RawPeer();
        await using var channel = await TelnetClient.ConnectAsync("127.0.0.1", peer.Port, cancellationToken: Ct);
        _ = Task.Run(async () =>
        {
            await Task.Delay(100, Ct);
            await peer.SendAsync(B("IAC DO TTYPE"));
            await Task.Delay(100, Ct);
            await peer.SendAsync(B("IAC WILL SGA"));
        }, Ct);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.True(await channel.WaitForNegotiationAsync(TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(10), Ct));
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(5));
        Assert.True(channel.Query(e => e.IsEnabled(TelnetSide.Remote, TelnetOption.SuppressGoAhead)));
    }

    [Fact]
    public async Task WaitForNegotiation_gives_up_at_the_maximum_while_an_answer_is_still_awaited()
    {
        await using var peer = new RawPeer();
        await using var channel = await TelnetClient.ConnectAsync("127.0.0.1", peer.Port, cancellationToken: Ct);
        await channel.SendAsync(e => e.RequestEnable(TelnetSide.Remote, TelnetOption.Echo));
        Assert.False(await channel.WaitForNegotiationAsync(TimeSpan.Zero, TimeSpan.FromMilliseconds(400), Ct));
    }

    [Fact]
    public async Task Encodings_are_per_direction_and_follow_CHARSET()
    {
        await using var peer = new RawPeer();
        var options = new TelnetChannelOptions { ReceiveEncoding = Encoding.Latin1, SendEncoding = Encoding.UTF8 };
        await using var channel = await TelnetClient.ConnectAsync("127.0.0.1", peer.Port, options, Ct);
        await peer.SendAsync([(byte)'c', 0xE9, (byte)'\n']);
        Assert.Equal("cé", await channel.ReadLineAsync(Wait, Ct));
        await channel.WriteAsync("é");
        Assert.Equal(new byte[] { 0xC3, 0xA9 }, await peer.ReceiveAsync(2, Wait));

        await peer.SendAsync(B("IAC WILL CHARSET IAC SB CHARSET 01 \";UTF-8\" IAC SE"));
        await peer.ReceiveAsync(B("IAC DO CHARSET IAC SB CHARSET 02 \"UTF-8\" IAC SE").Length, Wait);
        await peer.SendAsync(B("\"caf\" C3 A9 \"\\n\""));
        Assert.Equal("café", await channel.ReadLineAsync(Wait, Ct));
        Assert.Equal("utf-8", channel.ReceiveEncoding.WebName);
    }

    [Fact]
    public async Task Force_binary_keeps_CR_NUL_in_received_text()
    {
        await using var peer = new RawPeer();
        var options = new TelnetChannelOptions { Settings = new TelnetSettings { ForceBinary = true } };
        await using var channel = await TelnetClient.ConnectAsync("127.0.0.1", peer.Port, options, Ct);
        await peer.SendAsync(B("\"a\\r\\0b\\n\""));
        Assert.Equal("a\r\0b", await channel.ReadLineAsync(Wait, Ct));
    }

    [Fact]
    public async Task A_flood_keeps_memory_bounded_by_dropping_the_oldest_unread_text()
    {
        await using var peer = new RawPeer();
        var options = new TelnetChannelOptions { MaxBufferedChars = 64 * 1024 };
        await using var channel = await TelnetClient.ConnectAsync("127.0.0.1", peer.Port, options, Ct);
        var block = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
        for (var i = 0; i < 40; i++)
            await peer.SendAsync(block);
        await peer.SendAsync(B("\"END\""));
        var tail = await channel.ReadUntilAsync("END", Wait, Ct);
        Assert.True(tail.Length <= 64 * 1024, $"kept {tail.Length} chars");
        Assert.True(channel.DroppedChars > 0);
    }

    [Fact]
    public async Task Closing_half_closes_so_the_peer_sees_the_end_after_the_last_bytes()
    {
        await using var peer = new RawPeer();
        var channel = await TelnetClient.ConnectAsync("127.0.0.1", peer.Port, cancellationToken: Ct);
        await channel.WriteLineAsync("quit");
        var closing = channel.CloseAsync();
        var got = await peer.ReceiveAsync(int.MaxValue, Wait);
        Assert.Equal("quit\r\n", Encoding.ASCII.GetString(got));
        (await peer.SocketAsync()).Shutdown(SocketShutdown.Both);
        await closing.WaitAsync(Wait, Ct);
        Assert.Equal("closed by us", await channel.Connection.Closed);
        await Assert.ThrowsAsync<TelnetClosedException>(() => channel.WriteLineAsync("more"));
    }
}
