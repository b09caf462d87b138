using System.Text;
using TelnetTui.App.Tests.Demo.Support;
using TelnetTui.Demo.Mud;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.App.Tests.Demo;

/// <summary>
/// <c>flood N</c> over a real connection: a header line, exactly N bytes of data, a summary line, a prompt;
/// with and without MCCP2; stopped by IAC AO; and a client that stops reading is dropped, not buffered for.
/// </summary>
public class FloodTests
{
    /// <summary>Floods and returns the body: the bytes between the header line and the summary line.</summary>
    private static async Task<byte[]> FloodAsync(DemoClient client, long n)
    {
        var from = client.DataLength;
        await client.Channel.WriteLineAsync($"flood {n}");
        var data = await client.WaitForPromptBytesAsync(from, TimeSpan.FromSeconds(60));
        var header = Encoding.ASCII.GetBytes($"Flooding {n:N0} bytes");
        var headerAt = data.AsSpan().IndexOf(header);
        Assert.True(headerAt >= 0, "no header line");
        var bodyStart = headerAt + data.AsSpan(headerAt).IndexOf((byte)'\n') + 1;
        var doneAt = data.AsSpan().LastIndexOf(Encoding.ASCII.GetBytes(FloodCommand.DoneMarker));
        Assert.True(doneAt > 0, "no summary line");
        Assert.StartsWith($"{FloodCommand.DoneMarker}{n:N0} bytes in ", Encoding.UTF8.GetString(data, doneAt, data.Length - doneAt));
        return data[bodyStart..doneAt];
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(100)]
    [InlineData(65_543)]
    [InlineData(3_000_000)]
    public async Task Flood_N_delivers_exactly_N_bytes_of_data_then_a_prompt(long n)
    {
        await using var server = DemoHarness.Start();
        await using var client = await MudSession.EnterAsync(server);
        Assert.True(client.Channel.Query(e => e.IsReceiveCompressed));
        var body = await FloodAsync(client, n);
        Assert.Equal(n, body.Length);
        Assert.Equal((byte)'\n', body[^1]);
        // Still a working MUD afterwards.
        Assert.Contains("Lantern Square", await client.CommandAsync("look"));
    }

    [Fact]
    public async Task Flood_is_exact_without_compression_too_and_the_wire_carries_the_same_bytes()
    {
        await using var server = DemoHarness.Start();
        await using var client = await WireClient.ConnectAsync(server.Port, new TelnetSettings { Mccp = false });
        await client.WaitForTextAsync("Your choice: ");
        client.SendLine("mud");
        await client.WaitForTextAsync("Lanternfall");
        var raw = client.RawCount;
        client.SendLine("flood 1234567");
        await client.WaitForTextAsync("[flood done: 1,234,567 bytes");
        // No 0xFF in the text, so nothing is doubled: the wire holds the N bytes plus the few lines around them.
        Assert.InRange(client.RawCount - raw, 1_234_567, 1_234_567 + 600);
    }

    [Fact]
    public async Task IAC_AO_stops_a_flood_early()
    {
        await using var server = DemoHarness.Start();
        await using var client = await MudSession.EnterAsync(server);
        var from = client.DataLength;
        await client.Channel.WriteLineAsync("flood 5G");
        await client.WaitForAsync(c => c.DataLength > from + 1_000_000, "the first megabyte");
        // RFC 854 "Abort output".
        await client.Channel.SendAsync(e => e.SendCommand(TelnetCommand.Ao));
        await client.WaitForTextAsync(@"\[flood aborted after [0-9,]+ of 5,000,000,000 bytes\]", from, TimeSpan.FromSeconds(60));
        Assert.True(client.DataLength < from + 2_000_000_000L);
        Assert.Contains("Lantern Square", await client.CommandAsync("look"));
    }

    [Fact]
    public async Task A_client_that_stops_reading_is_disconnected_after_the_stall_timeout()
    {
        await using var server = DemoHarness.Start(o => o.WriteStallTimeout = TimeSpan.FromSeconds(1));
        await using var client = await WireClient.ConnectAsync(server.Port);
        await client.WaitForTextAsync("Your choice: ");
        client.SendLine("mud");
        await client.WaitForTextAsync("Lanternfall");
        client.Pause();
        client.SendLine("flood 5G");
        // The flood waits for the socket (backpressure) instead of queueing gigabytes, and gives up on a stuck client.
        var start = DateTime.UtcNow;
        while (!server.Log.Any(l => l.Contains("closed (the client stopped reading)", StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow - start < TimeSpan.FromSeconds(30), "the stuck client was not dropped: " + string.Join("\n", server.Log));
            await Task.Delay(50, DemoClient.Ct);
        }
        Assert.Equal(0, server.Server.MudPlayers);
    }

    [Theory]
    [InlineData("flood")]
    [InlineData("flood 0")]
    [InlineData("flood -3")]
    [InlineData("flood lots")]
    [InlineData("flood 11G")]
    public async Task A_bad_count_gets_the_usage(string line)
    {
        await using var server = DemoHarness.Start();
        await using var client = await MudSession.EnterAsync(server);
        Assert.Contains("Usage: flood N", await client.CommandAsync(line));
    }
}
