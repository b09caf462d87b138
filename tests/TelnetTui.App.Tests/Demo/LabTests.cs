using TelnetTui.App.Tests.Demo.Support;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Values;

namespace TelnetTui.App.Tests.Demo;

/// <summary>The negotiation lab: each command changes the option states the client sees, and the lab prints the exchange.</summary>
public class LabTests
{
    private static async Task<DemoClient> EnterAsync(DemoHarness server, Action<Telnet.Connection.TelnetChannelOptions>? configure = null)
    {
        var client = await server.ConnectAsync(configure);
        await client.WaitForPromptAsync(0);
        Assert.Contains("Negotiation lab", await client.CommandAsync("lab"));
        return client;
    }

    /// <summary>Sends a lab command and waits until <paramref name="done"/> holds and the lab has shown its prompt again.</summary>
    private static async Task<string> RunAsync(DemoClient client, string command, Func<DemoClient, bool> done, string what)
    {
        var from = client.DataLength;
        await client.Channel.WriteLineAsync(command);
        await client.WaitForAsync(c => done(c), what);
        await client.WaitForAsync(c => c.Prompts.Count(p => p.Offset > from) > 0 && c.TextFrom(from).Contains("<-", StringComparison.Ordinal), "the lab's report");
        return client.PlainFrom(from);
    }

    private static bool On(DemoClient c, TelnetSide side, byte option) => c.IsEnabled(side, option);

    [Fact]
    public async Task Echo_on_and_off_switch_the_server_echo_and_the_lab_echoes_typing_while_on()
    {
        await using var server = DemoHarness.Start();
        await using var client = await EnterAsync(server);
        var text = await RunAsync(client, "echo on", c => On(c, TelnetSide.Remote, TelnetOption.Echo), "WILL ECHO");
        Assert.Contains("-> WILL ECHO", text);
        Assert.Contains("<- DO ECHO", text);
        // The server agreed to echo, so it does (RFC 857).
        var from = client.DataLength;
        await client.Channel.WriteLineAsync("options");
        await client.WaitForTextAsync("options\r\n", from);
        await RunAsync(client, "echo off", c => !On(c, TelnetSide.Remote, TelnetOption.Echo), "WONT ECHO");
        from = client.DataLength;
        await client.Channel.WriteLineAsync("help");
        await client.WaitForTextAsync("options ", from);
        Assert.DoesNotContain("help\r\n", client.TextFrom(from));
    }

    [Fact]
    public async Task SGA_BINARY_EOR_and_MCCP_toggle_on_the_client_too()
    {
        await using var server = DemoHarness.Start();
        await using var client = await EnterAsync(server);
        await RunAsync(client, "sga off", c => !On(c, TelnetSide.Remote, TelnetOption.SuppressGoAhead), "WONT SGA");
        await RunAsync(client, "sga on", c => On(c, TelnetSide.Remote, TelnetOption.SuppressGoAhead), "WILL SGA");
        var binary = await RunAsync(client, "binary on", c => On(c, TelnetSide.Remote, TelnetOption.Binary) && On(c, TelnetSide.Local, TelnetOption.Binary), "BINARY both ways");
        Assert.Contains("-> WILL BINARY", binary);
        Assert.Contains("-> DO BINARY", binary);
        await RunAsync(client, "binary off", c => !On(c, TelnetSide.Remote, TelnetOption.Binary) && !On(c, TelnetSide.Local, TelnetOption.Binary), "BINARY off");

        await RunAsync(client, "eor off", c => !On(c, TelnetSide.Remote, TelnetOption.EndOfRecord), "WONT EOR");
        var from = client.DataLength;
        await client.CommandAsync("options");
        Assert.Equal(PromptMark.GoAhead, client.Prompts.Last().Mark);
        Assert.Contains("prompts end in IAC GA", client.TextFrom(from));
        await RunAsync(client, "eor on", c => On(c, TelnetSide.Remote, TelnetOption.EndOfRecord), "WILL EOR");
        await client.CommandAsync("options");
        Assert.Equal(PromptMark.EndOfRecord, client.Prompts.Last().Mark);

        await RunAsync(client, "mccp off", c => !c.Channel.Query(e => e.IsReceiveCompressed), "MCCP2 ended");
        Assert.Contains("NO", await client.CommandAsync("options"));
        await RunAsync(client, "mccp on", c => c.Channel.Query(e => e.IsReceiveCompressed), "MCCP2 again");
        Assert.Contains("Negotiation", await client.CommandAsync("help") + "Negotiation");
    }

    [Fact]
    public async Task Options_prints_both_sides_states()
    {
        await using var server = DemoHarness.Start();
        await using var client = await EnterAsync(server);
        var table = await client.CommandAsync("options");
        Assert.Matches(@"SGA\s+3  YES \(on\)\s+NO\r\n", table);
        Assert.Matches(@"NAWS\s+31  NO\s+YES \(on\)", table);
        Assert.Matches(@"GMCP\s+201  YES \(on\)\s+NO", table);
        Assert.Matches(@"ECHO\s+1  NO\s+NO", table);
        Assert.Contains("prompts end in IAC EOR", table);
    }

    [Fact]
    public async Task Ttype_restarts_the_cycle_and_naws_asks_for_the_size_again()
    {
        await using var server = DemoHarness.Start();
        await using var client = await EnterAsync(server);
        var sends = client.Records.Count(r => r.Direction == TelnetDirection.Received && r.Meaning == "SB TTYPE SEND");
        var text = await RunAsync(client, "ttype", c => c.Records.Count(r => r.Direction == TelnetDirection.Received && r.Meaning == "SB TTYPE SEND") >= sends + 3, "three more TTYPE SENDs");
        Assert.Contains("<- SB TTYPE IS \"TELNETTUI\"", text);
        await client.WaitForTextAsync("<- SB TTYPE IS \"MTTS 783\"");

        var sizes = client.Records.Count(r => r.Direction == TelnetDirection.Sent && r.Meaning.StartsWith("SB NAWS", StringComparison.Ordinal));
        await client.Channel.SendAsync(e => e.SetWindowSize(90, 33));
        var naws = await RunAsync(client, "naws", c => c.Records.Count(r => r.Direction == TelnetDirection.Sent && r.Meaning.StartsWith("SB NAWS", StringComparison.Ordinal)) >= sizes + 2, "NAWS again");
        Assert.Contains("-> DONT NAWS", naws);
        await client.WaitForTextAsync("<- SB NAWS 90x33");
        Assert.True(On(client, TelnetSide.Local, TelnetOption.Naws));
    }

    [Fact]
    public async Task Charset_negotiates_CHARSET_first_then_requests_and_follows_the_answer()
    {
        await using var server = DemoHarness.Start();
        await using var client = await EnterAsync(server);
        var text = await RunAsync(client, "charset ISO-8859-1 UTF-8", c => c.Channel.Query(e => e.Charset) == "ISO-8859-1", "CHARSET ACCEPTED ISO-8859-1");
        Assert.Contains("-> WILL CHARSET", text);
        await client.WaitForTextAsync("CHARSET agreed on ISO-8859-1: the lab now sends text as iso-8859-1");
        // Agreed once, a second request goes straight out.
        var again = await RunAsync(client, "charset UTF-8", c => c.Channel.Query(e => e.Charset) == "UTF-8", "CHARSET ACCEPTED UTF-8");
        Assert.Contains("-> SB CHARSET REQUEST UTF-8", again);
    }

    [Fact]
    public async Task Gmcp_and_msdp_send_samples_and_can_be_switched_off()
    {
        await using var server = DemoHarness.Start();
        await using var client = await EnterAsync(server);
        await client.Channel.WriteLineAsync("gmcp");
        var items = await client.WaitForMessageAsync(m => m.Name == "Char.Items.List", "Char.Items.List");
        Assert.Equal("a brass lantern", items.Value["items"]![0]!["name"]!.AsString);
        Assert.Equal(42, client.Messages.Last(m => m.Name == "Char.Vitals").Value["hp"]!.AsNumber);
        Assert.Contains("Zoë", client.Messages.Last(m => m.Name == "Comm.Channel.Text").Value["text"]!.AsString);

        await client.Channel.WriteLineAsync("msdp");
        var room = await client.WaitForMessageAsync(m => m.Protocol == MudProtocol.Msdp && m.Name == "ROOM", "MSDP ROOM");
        Assert.Equal("Lantern Square", room.Value["NAME"]!.AsString);
        Assert.Equal("1001", room.Value["EXITS"]!["n"]!.AsString);
        var affects = await client.WaitForMessageAsync(m => m.Name == "AFFECTS", "MSDP AFFECTS");
        Assert.Equal(MudValueKind.Array, affects.Value.Kind);

        await RunAsync(client, "gmcp off", c => !On(c, TelnetSide.Remote, TelnetOption.Gmcp), "WONT GMCP");
        Assert.Contains("GMCP is off", await client.CommandAsync("gmcp"));
    }

    [Fact]
    public async Task Timing_mark_raw_requests_and_refusals_are_shown()
    {
        await using var server = DemoHarness.Start();
        await using var client = await EnterAsync(server);
        await client.Channel.WriteLineAsync("timing");
        await client.WaitForTextAsync("TIMING-MARK answered with WILL");
        var text = await RunAsync(client, "do 99", c => c.Records.Any(r => r.Direction == TelnetDirection.Sent && r.Meaning == "WONT 99"), "WONT 99");
        Assert.Contains("-> DO 99", text);
        await client.WaitForTextAsync("<- WONT 99");
        // RFC 1143: a request for the state an option is already in sends nothing.
        Assert.Contains("No WILL SGA sent", await client.CommandAsync("sga on"));
        Assert.Contains("Nothing sent", await client.CommandAsync("will SGA"));
        Assert.Contains("Usage: do OPTION", await client.CommandAsync("do nonsense"));
        Assert.Contains("Unknown lab command", await client.CommandAsync("frobnicate"));
    }

    [Fact]
    public async Task Are_you_there_is_answered_and_back_returns_to_the_menu()
    {
        await using var server = DemoHarness.Start();
        await using var client = await EnterAsync(server);
        var from = client.DataLength;
        await client.Channel.SendAsync(e => e.SendCommand(TelnetCommand.Ayt));
        await client.WaitForTextAsync(@"\[yes: the TelnetTui demo server is here\]", from);
        Assert.EndsWith("Your choice: ", await client.CommandAsync("back"));
    }
}
