using System.Net.Sockets;
using TelnetTui.Telnet.Connection;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Server;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Telnet.Tests.Server;

/// <summary>Issue item 7: a server on the same engine accepts, negotiates, reads lines, writes text with prompt marks.</summary>
public class TelnetServerTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_client_and_the_server_negotiate_then_talk_in_lines_and_prompts()
    {
        var seen = new TaskCompletionSource<(WindowSize Size, string[] Types)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new TelnetServer(async (channel, ct) =>
        {
            await channel.WaitForNegotiationAsync(TimeSpan.Zero, Wait, ct);
            seen.TrySetResult(channel.Query(e => (e.WindowSize, e.ReceivedTerminalTypes.ToArray())));
            await channel.WritePromptAsync("Name? ");
            var name = await channel.ReadLineAsync(Wait, ct);
            await channel.WriteLineAsync($"Hello, {name}!");
            await channel.WritePromptAsync("> ");
            await channel.ReadLineAsync(Wait, ct);
        });
        server.Start();

        var options = new TelnetChannelOptions { Settings = new TelnetSettings { InitialColumns = 132, InitialRows = 43 } };
        await using var client = await TelnetClient.ConnectAsync("127.0.0.1", server.LocalEndPoint.Port, options, Ct);
        var (size, types) = await seen.Task.WaitAsync(Wait, Ct);
        Assert.Equal(new WindowSize(132, 43), size);
        Assert.Equal(["TELNETTUI", "XTERM-256COLOR", "MTTS 783"], types);

        Assert.Equal("Name? ", await client.ReadUntilPromptAsync(Wait, Ct));
        await client.WriteLineAsync("Ada");
        Assert.Equal("Hello, Ada!\r\n> ", await client.ReadUntilPromptAsync(Wait, Ct));
        // EOR was agreed (the server offers it), so prompts end in IAC EOR rather than GA.
        Assert.True(client.Query(e => e.IsEnabled(TelnetSide.Remote, TelnetOption.EndOfRecord)));
        await client.WriteLineAsync("bye");
        Assert.Null(await client.ReadLineAsync(Wait, Ct));
    }

    [Fact]
    public async Task The_server_side_sends_GMCP_and_MSSP_and_compresses_with_MCCP2()
    {
        await using var server = new TelnetServer(async (channel, ct) =>
        {
            await channel.WaitForNegotiationAsync(TimeSpan.Zero, Wait, ct);
            await channel.SendAsync(e =>
            {
                e.SendGmcp("Char.Vitals", MudValue.Object(("hp", MudValue.Number(42))));
                e.SendMssp([KeyValuePair.Create("NAME", "Test"), KeyValuePair.Create("PLAYERS", "1")]);
            });
            await channel.WriteLineAsync("compressed text");
            await channel.ReadLineAsync(Wait, ct);
        });
        server.Start();
        var messages = new List<MudMessage>();
        var options = new TelnetChannelOptions
        {
            BeforeStart = engine => engine.MudMessageReceived += m =>
            {
                lock (messages)
                    messages.Add(m);
            },
        };
        await using var client = await TelnetClient.ConnectAsync("127.0.0.1", server.LocalEndPoint.Port, options, Ct);
        Assert.Equal("compressed text", await client.ReadLineAsync(Wait, Ct));
        Assert.True(client.Query(e => e.IsReceiveCompressed));
        lock (messages)
        {
            Assert.Contains(messages, m => m.Protocol == MudProtocol.Gmcp && m.Name == "Char.Vitals" && m.Value["hp"]!.AsNumber == 42);
            Assert.Contains(messages, m => m.Protocol == MudProtocol.Mssp && m.Value["NAME"]!.AsString == "Test");
        }
        await client.WriteLineAsync("done");
    }

    [Fact]
    public async Task Several_clients_are_served_at_once_and_extra_ones_are_turned_away()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new TelnetServer(async (channel, ct) =>
        {
            await channel.WriteLineAsync("hi");
            await release.Task.WaitAsync(ct);
        }, new TelnetServerOptions { MaxConnections = 2 });
        server.Start();
        await using var a = await TelnetClient.ConnectAsync("127.0.0.1", server.LocalEndPoint.Port, cancellationToken: Ct);
        await using var b = await TelnetClient.ConnectAsync("127.0.0.1", server.LocalEndPoint.Port, cancellationToken: Ct);
        Assert.Equal("hi", await a.ReadLineAsync(Wait, Ct));
        Assert.Equal("hi", await b.ReadLineAsync(Wait, Ct));
        await using var c = await TelnetClient.ConnectAsync("127.0.0.1", server.LocalEndPoint.Port, cancellationToken: Ct);
        Assert.Null(await c.ReadLineAsync(Wait, Ct));
        release.SetResult();
    }

    [Fact]
    public async Task Stopping_the_server_closes_its_connections()
    {
        var server = new TelnetServer(async (channel, ct) => await Task.Delay(Timeout.Infinite, ct));
        server.Start();
        await using var client = await TelnetClient.ConnectAsync("127.0.0.1", server.LocalEndPoint.Port, cancellationToken: Ct);
        await server.StopAsync().WaitAsync(Wait, Ct);
        Assert.NotNull(await client.Connection.Closed.WaitAsync(Wait, Ct));
        await Assert.ThrowsAnyAsync<SocketException>(() => new TcpClient().ConnectAsync("127.0.0.1", server.LocalEndPoint.Port, Ct).AsTask());
        await server.DisposeAsync();
    }
}
