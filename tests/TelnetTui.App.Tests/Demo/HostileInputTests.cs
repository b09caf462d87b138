using System.Net.Sockets;
using System.Text;
using TelnetTui.App.Tests.Demo.Support;

namespace TelnetTui.App.Tests.Demo;

/// <summary>
/// Hostile or broken clients cost at most their own connection: over-long lines, floods of input or of
/// telnet commands, garbage, idling, too many connections. The harness fails any test in which a session
/// ended by an unexpected exception, and each test checks the server still serves others afterwards.
/// </summary>
public class HostileInputTests
{
    private static async Task AssertStillServesAsync(DemoHarness server)
    {
        await using var other = await MudSession.EnterAsync(server);
        Assert.Contains("Lantern Square", await other.CommandAsync("look"));
    }

    private static async Task AssertClosedAsync(WireClient client)
    {
        var start = DateTime.UtcNow;
        while (true)
        {
            try
            {
                client.SendRaw("\r\n"u8);
            }
            catch (SocketException)
            {
                return;
            }
            if (client.Text.Contains("*** Disconnecting", StringComparison.Ordinal) && DateTime.UtcNow - start > TimeSpan.FromSeconds(1))
                return;
            Assert.True(DateTime.UtcNow - start < DemoClient.Wait, "the connection stayed open");
            await Task.Delay(50, DemoClient.Ct);
        }
    }

    [Fact]
    public async Task A_one_megabyte_line_ends_that_connection_with_a_reason_and_nothing_else()
    {
        await using var server = DemoHarness.Start();
        await using var client = await WireClient.ConnectAsync(server.Port);
        await client.WaitForTextAsync("Your choice: ");
        client.SendLine(new string('x', 1 << 20));
        await client.WaitForTextAsync("*** Disconnecting: too much input");
        await AssertClosedAsync(client);
        await AssertStillServesAsync(server);
    }

    [Fact]
    public async Task A_line_over_the_length_cap_is_refused_and_the_session_goes_on()
    {
        await using var server = DemoHarness.Start();
        await using var client = await MudSession.EnterAsync(server);
        Assert.Contains("That line is too long (at most 512 characters); ignored.", await client.CommandAsync("say " + new string('y', 5000)));
        Assert.Contains("Lantern Square", await client.CommandAsync("look"));
        // Exactly at the cap is still a line.
        Assert.Contains("You say, '" + new string('z', 508) + "'", await client.CommandAsync("say " + new string('z', 508)));
    }

    [Fact]
    public async Task The_menu_refuses_an_over_long_choice()
    {
        await using var server = DemoHarness.Start();
        await using var client = await server.ConnectAsync();
        await client.WaitForPromptAsync(0);
        Assert.Contains("That is too long for a menu choice.", await client.CommandAsync(new string('b', 600)));
        Assert.Contains("Lanternfall", await client.CommandAsync("mud"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Random_bytes_with_telnet_commands_in_them_cost_at_most_that_connection(int seed)
    {
        await using var server = DemoHarness.Start();
        await using var client = await WireClient.ConnectAsync(server.Port);
        await client.WaitForTextAsync("Your choice: ");
        var random = new Random(seed);
        var garbage = new byte[16 * 1024];
        random.NextBytes(garbage);
        // Plenty of IAC, CR, LF and ESC among them.
        for (var i = 0; i < garbage.Length; i += 7)
            garbage[i] = (byte)"\xff\r\n\x1b["[random.Next(5)];
        client.SendRaw(garbage);
        client.SendLine("m");
        await Task.Delay(300, DemoClient.Ct);
        await AssertStillServesAsync(server);
    }

    [Fact]
    public async Task Garbage_in_the_BBS_key_decoder_and_endless_escape_sequences_are_dropped()
    {
        await using var server = DemoHarness.Start();
        await using var client = await server.ConnectAsync();
        await client.WaitForPromptAsync(0);
        await client.Channel.WriteLineAsync("bbs");
        await client.WaitForTextAsync(@"\x1b\[6n");
        await client.Channel.WriteAsync("\x1b[1;2R ");
        await client.WaitForTextAsync("Your key: ");
        await client.Channel.WriteAsync("\x1b[" + new string('1', 5000) + "\x1bOP\x1b\x1b\x1b[;;;;;;");
        var from = client.DataLength;
        await client.Channel.WriteAsync("z");
        await client.WaitForTextAsync("No such key here", from);
    }

    [Fact]
    public async Task A_flood_of_telnet_subnegotiations_ends_that_connection()
    {
        await using var server = DemoHarness.Start();
        await using var client = await WireClient.ConnectAsync(server.Port);
        await client.WaitForTextAsync("Your choice: ");
        var naws = new byte[] { 255, 250, 31, 0, 80, 0, 24, 255, 240 };
        var burst = Enumerable.Repeat(naws, 20_000).SelectMany(b => b).ToArray();
        client.SendRaw(burst);
        await client.WaitForTextAsync("*** Disconnecting: too many ");
        await AssertClosedAsync(client);
        await AssertStillServesAsync(server);
    }

    [Fact]
    public async Task An_idle_client_is_told_and_disconnected()
    {
        await using var server = DemoHarness.Start(o => o.IdleTimeout = TimeSpan.FromMilliseconds(700));
        await using var client = await server.ConnectAsync();
        await client.WaitForPromptAsync(0);
        await client.WaitForTextAsync(@"\*\*\* Disconnecting: no input for");
        Assert.NotNull(await client.Channel.Connection.Closed.WaitAsync(DemoClient.Wait, DemoClient.Ct));
    }

    [Fact]
    public async Task Connections_past_the_limit_are_closed_at_once()
    {
        await using var server = DemoHarness.Start(o => o.MaxConnections = 2);
        await using var a = await server.ConnectAsync();
        await using var b = await server.ConnectAsync();
        await a.WaitForPromptAsync(0);
        await b.WaitForPromptAsync(0);
        await using var c = await server.ConnectAsync();
        Assert.NotNull(await c.Channel.Connection.Closed.WaitAsync(DemoClient.Wait, DemoClient.Ct));
        Assert.Equal(0, c.DataLength);
        // The others are unaffected.
        Assert.Contains("Lanternfall", await a.CommandAsync("mud"));
    }

    [Fact]
    public async Task Stopping_the_server_tells_every_session_and_closes_it()
    {
        var server = DemoHarness.Start();
        await using var client = await MudSession.EnterAsync(server);
        await server.DisposeAsync();
        Assert.Contains("*** The demo server is shutting down. ***", client.Text);
        Assert.NotNull(await client.Channel.Connection.Closed.WaitAsync(DemoClient.Wait, DemoClient.Ct));
    }

    [Fact]
    public async Task A_client_that_hangs_up_mid_session_leaves_the_world()
    {
        await using var server = DemoHarness.Start();
        var client = await MudSession.EnterAsync(server);
        Assert.Equal(1, server.Server.MudPlayers);
        await client.DisposeAsync();
        var start = DateTime.UtcNow;
        while (server.Server.MudPlayers != 0)
        {
            Assert.True(DateTime.UtcNow - start < DemoClient.Wait, "the player stayed in the world after hanging up");
            await Task.Delay(20, DemoClient.Ct);
        }
        Assert.Contains(server.Log, l => l.Contains("closed (the client closed the connection)", StringComparison.Ordinal));
    }
}
