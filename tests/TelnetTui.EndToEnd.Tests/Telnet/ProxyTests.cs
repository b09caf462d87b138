using TelnetTui.Telnet.Connection;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Server;

namespace TelnetTui.EndToEnd.Tests.Telnet;

/// <summary>A logging proxy between our client and a real server confirms both byte streams match what the engine recorded.</summary>
public class ProxyTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_record_both_ways_is_on_the_wire_in_order_and_the_wire_decodes_to_the_same_records()
    {
        using var mux = TinyMux.Start();
        await using var proxy = new LoggingProxy(mux.Port);
        var records = new List<NegotiationRecord>();
        var options = new TelnetChannelOptions
        {
            Settings = new TelnetSettings { InitialColumns = 123, InitialRows = 45 },
            BeforeStart = e => e.Recorded += r =>
            {
                lock (records)
                    records.Add(r);
            },
        };
        await using (var client = await TelnetClient.ConnectAsync("127.0.0.1", proxy.Port, options, Ct))
        {
            Assert.True(await client.WaitForNegotiationAsync(TimeSpan.FromMilliseconds(300), Wait, Ct));
            await client.SendAsync(e => e.SetWindowSize(90, 33));
            await client.WriteLineAsync("WHO");
            await client.ReadUntilAsync("Players logged in", Wait, Ct);
            await client.CloseAsync();
        }

        NegotiationRecord[] all;
        lock (records)
            all = [.. records];
        var sent = proxy.ClientToServer;
        var received = proxy.ServerToClient;
        AssertInOrder(sent, all.Where(r => r.Direction == TelnetDirection.Sent && !r.Raw.IsEmpty));
        AssertInOrder(received, all.Where(r => r.Direction == TelnetDirection.Received && !r.Raw.IsEmpty));

        // What we meant to send is there exactly once: both window sizes, and the line.
        Assert.Equal(1, Count(sent, [255, 250, 31, 0, 123, 0, 45, 255, 240]));
        Assert.Equal(1, Count(sent, [255, 250, 31, 0, 90, 0, 33, 255, 240]));
        Assert.Equal(1, Count(sent, "WHO\n"u8.ToArray()));

        // Decoding the server's captured stream with a fresh engine gives the records the client saw.
        var replay = new TelnetEngine(new TelnetSettings());
        var replayed = new List<string>();
        replay.Recorded += r =>
        {
            if (r.Direction == TelnetDirection.Received)
                replayed.Add(r.Meaning);
        };
        replay.Receive(received);
        var seen = all.Where(r => r.Direction == TelnetDirection.Received).Select(r => r.Meaning).ToList();
        Assert.Equal(seen.Select(Strip), replayed.Select(Strip));
    }

    [Fact]
    public async Task With_MCCP2_agreed_the_wire_after_the_marker_is_compressed_and_the_client_reads_plain_text()
    {
        var text = string.Concat(Enumerable.Repeat("The quick brown fox jumps over the lazy dog. ", 200));
        await using var server = new TelnetServer(async (channel, ct) =>
        {
            await channel.WaitForNegotiationAsync(TimeSpan.Zero, Wait, ct);
            await channel.WriteLineAsync(text);
            await channel.ReadLineAsync(Wait, ct);
        });
        server.Start();
        await using var proxy = new LoggingProxy(server.LocalEndPoint.Port);
        await using (var client = await TelnetClient.ConnectAsync("127.0.0.1", proxy.Port, cancellationToken: Ct))
        {
            Assert.Equal(text, await client.ReadLineAsync(Wait, Ct));
            await client.WriteLineAsync("bye");
            await client.Connection.Closed.WaitAsync(Wait, Ct);
        }
        var wire = proxy.ServerToClient;
        Assert.True(FindMarker(wire) > 0, "the MCCP2 start marker is on the wire");
        Assert.Equal(0, Count(wire, "quick brown fox"u8.ToArray()));
        Assert.True(wire.Length < text.Length / 4, $"{wire.Length} bytes on the wire for {text.Length} bytes of text");
    }

    private static int FindMarker(byte[] wire) => wire.AsSpan().IndexOf(new byte[] { 255, 250, TelnetOption.Mccp2, 255, 240 });

    /// <summary>Notes about our own state ("already in that state") differ between two engines; compare the protocol words.</summary>
    private static string Strip(string meaning) => meaning.Split(" (", 2)[0];

    private static void AssertInOrder(byte[] wire, IEnumerable<NegotiationRecord> records)
    {
        var rest = wire.AsSpan();
        foreach (var r in records)
        {
            var i = rest.IndexOf(r.Raw.Span);
            Assert.True(i >= 0, $"'{r.Meaning}' ({Convert.ToHexString(r.Raw.Span)}) is not on the wire after the records before it");
            rest = rest[(i + r.Raw.Length)..];
        }
    }

    private static int Count(byte[] haystack, byte[] needle)
    {
        var n = 0;
        var rest = haystack.AsSpan();
        for (var i = rest.IndexOf(needle); i >= 0; i = rest.IndexOf(needle))
        {
            n++;
            rest = rest[(i + needle.Length)..];
        }
        return n;
    }
}
