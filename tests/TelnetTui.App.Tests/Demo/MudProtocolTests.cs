using System.Globalization;
using TelnetTui.App.Tests.Demo.Support;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Values;

namespace TelnetTui.App.Tests.Demo;

/// <summary>The MUD's out-of-band protocols: GMCP, MSDP, MSSP, and MCCP2 on the wire.</summary>
public class MudProtocolTests
{
    private static MudValue? Gmcp(DemoClient c, string name, int after = 0)
        => c.Messages.Skip(after).LastOrDefault(m => m.Protocol == MudProtocol.Gmcp && m.Name == name)?.Value;

    private static MudValue? Msdp(DemoClient c, string name, int after = 0)
        => c.Messages.Skip(after).LastOrDefault(m => m.Protocol == MudProtocol.Msdp && m.Name == name)?.Value;

    [Fact]
    public async Task Entering_sends_GMCP_Char_Name_Char_Vitals_and_Room_Info()
    {
        await using var server = DemoHarness.Start();
        await using var client = await MudSession.EnterAsync(server);
        var vitals = await client.WaitForAsync(c => Gmcp(c, "Char.Vitals"), "Char.Vitals");
        Assert.Equal(100, vitals["hp"]!.AsNumber);
        Assert.Equal(100, vitals["maxhp"]!.AsNumber);
        Assert.Equal(120, vitals["mv"]!.AsNumber);
        Assert.Equal("H:100/100 M:80/80 V:120/120", vitals["string"]!.AsString);
        var room = Gmcp(client, "Room.Info")!;
        Assert.Equal(1000, room["num"]!.AsNumber);
        Assert.Equal("Lantern Square", room["name"]!.AsString);
        Assert.Equal("Lanternfall", room["area"]!.AsString);
        Assert.Equal("city", room["environment"]!.AsString);
        Assert.Equal("""{"n":1001,"e":1003,"s":1005,"w":1006}""", room["exits"]!.ToJson());
        Assert.Equal("Wanderer1", Gmcp(client, "Char.Name")!["name"]!.AsString);
    }

    [Fact]
    public async Task Moving_updates_Room_Info_and_Char_Vitals_and_the_tick_sends_regeneration()
    {
        await using var server = DemoHarness.Start(o => o.TickInterval = TimeSpan.FromMilliseconds(400));
        await using var client = await MudSession.EnterAsync(server);
        await client.WaitForAsync(c => Gmcp(c, "Room.Info"), "Room.Info");
        var before = client.Messages.Count;
        await client.CommandAsync("north");
        var room = await client.WaitForAsync(c => Gmcp(c, "Room.Info", before), "Room.Info after moving");
        Assert.Equal(1001, room["num"]!.AsNumber);
        Assert.Equal("""{"s":1000,"u":1002}""", room["exits"]!.ToJson());
        var tired = await client.WaitForAsync(c => Gmcp(c, "Char.Vitals", before), "Char.Vitals after moving");
        Assert.Equal(119, tired["mv"]!.AsNumber);
        // No command: the tick regenerates and says so over GMCP.
        var rested = await client.WaitForAsync(c => c.Messages.Skip(before).LastOrDefault(m => m.Name == "Char.Vitals" && m.Value["mv"]!.AsNumber == 120)?.Value, "Char.Vitals from the tick");
        Assert.Equal(120, rested["maxmv"]!.AsNumber);
    }

    [Fact]
    public async Task Only_the_GMCP_packages_the_client_announced_are_sent()
    {
        await using var server = DemoHarness.Start();
        await using var client = await MudSession.EnterAsync(server, o => o.Settings.GmcpModules = ["Room 1"]);
        await client.WaitForAsync(c => Gmcp(c, "Room.Info"), "Room.Info");
        await client.CommandAsync("n");
        await client.WaitForAsync(c => Gmcp(c, "Room.Info")?["num"]?.AsNumber == 1001, "Room.Info 1001");
        Assert.Null(Gmcp(client, "Char.Vitals"));
        Assert.Null(Gmcp(client, "Char.Name"));
    }

    [Fact]
    public async Task Core_Ping_is_answered_and_say_goes_out_as_Comm_Channel_Text()
    {
        await using var server = DemoHarness.Start();
        await using var ann = await MudSession.EnterAsync(server);
        await using var bob = await MudSession.EnterAsync(server);
        var before = ann.Messages.Count;
        await ann.Channel.SendAsync(e => e.SendGmcp("Core.Ping"));
        await ann.WaitForMessageAsync(m => m.Name == "Core.Ping", "Core.Ping", before);
        var bobBefore = bob.Messages.Count;
        await ann.CommandAsync("say tea?");
        var text = await bob.WaitForMessageAsync(m => m.Name == "Comm.Channel.Text", "Comm.Channel.Text", bobBefore);
        Assert.Equal("say", text.Value["channel"]!.AsString);
        Assert.Equal("Wanderer1", text.Value["talker"]!.AsString);
        Assert.Equal("Wanderer1 says, 'tea?'", text.Value["text"]!.AsString);
    }

    [Fact]
    public async Task MSDP_answers_LIST_and_SEND_and_REPORT_sends_changes_until_UNREPORT()
    {
        await using var server = DemoHarness.Start();
        await using var client = await MudSession.EnterAsync(server);
        Assert.True(client.IsEnabled(TelnetSide.Remote, TelnetOption.Msdp));
        await client.Channel.SendAsync(e => e.SendMsdp("LIST", MudValue.String("COMMANDS")));
        var commands = await client.WaitForAsync(c => Msdp(c, "COMMANDS"), "MSDP COMMANDS");
        Assert.Equal(["LIST", "REPORT", "RESET", "SEND", "UNREPORT"], commands.Items.Select(i => i.AsString!));
        await client.Channel.SendAsync(e => e.SendMsdp("LIST", MudValue.String("REPORTABLE_VARIABLES")));
        var reportable = await client.WaitForAsync(c => Msdp(c, "REPORTABLE_VARIABLES"), "REPORTABLE_VARIABLES");
        Assert.Contains("HEALTH", reportable.Items.Select(i => i.AsString));

        await client.Channel.SendAsync(e => e.SendMsdp("SEND", MudValue.String("ROOM_NAME")));
        Assert.Equal("Lantern Square", (await client.WaitForAsync(c => Msdp(c, "ROOM_NAME"), "ROOM_NAME")).AsString);
        await client.Channel.SendAsync(e => e.SendMsdp("SEND", MudValue.String("ROOM_EXITS")));
        Assert.Equal("""{"n":"1001","e":"1003","s":"1005","w":"1006"}""", (await client.WaitForAsync(c => Msdp(c, "ROOM_EXITS"), "ROOM_EXITS")).ToJson());

        // REPORT two variables at once (one VAR, two VALs): each comes now, and again when it changes.
        await client.Channel.SendAsync(e => e.SendMsdp("REPORT", MudValue.Array(MudValue.String("MOVEMENT"), MudValue.String("ROOM_VNUM"))));
        Assert.Equal("120", (await client.WaitForAsync(c => Msdp(c, "MOVEMENT"), "MOVEMENT")).AsString);
        var before = client.Messages.Count;
        await client.CommandAsync("n");
        Assert.Equal("119", (await client.WaitForAsync(c => Msdp(c, "MOVEMENT", before), "MOVEMENT after moving")).AsString);
        Assert.Equal("1001", (await client.WaitForAsync(c => Msdp(c, "ROOM_VNUM", before), "ROOM_VNUM after moving")).AsString);

        await client.Channel.SendAsync(e => e.SendMsdp("UNREPORT", MudValue.String("MOVEMENT")));
        await client.Channel.SendAsync(e => e.SendMsdp("LIST", MudValue.String("REPORTED_VARIABLES")));
        var reported = await client.WaitForAsync(c => Msdp(c, "REPORTED_VARIABLES", before), "REPORTED_VARIABLES");
        Assert.Equal(["ROOM_VNUM"], reported.Items.Select(i => i.AsString!));
        before = client.Messages.Count;
        await client.CommandAsync("s");
        await client.WaitForAsync(c => Msdp(c, "ROOM_VNUM", before), "ROOM_VNUM after moving back");
        Assert.Null(Msdp(client, "MOVEMENT", before));
    }

    [Fact]
    public async Task MSDP_ignores_unknown_variables_and_lists()
    {
        await using var server = DemoHarness.Start();
        await using var client = await MudSession.EnterAsync(server);
        await client.Channel.SendAsync(e =>
        {
            e.SendMsdp("SEND", MudValue.String("NO_SUCH_THING"));
            e.SendMsdp("LIST", MudValue.String("NO_SUCH_LIST"));
            e.SendMsdp("REPORT", MudValue.String("NOR_THIS"));
            e.SendMsdp("SEND", MudValue.String("SERVER_ID"));
        });
        Assert.Equal("TelnetTui Demo", (await client.WaitForAsync(c => Msdp(c, "SERVER_ID"), "SERVER_ID")).AsString);
        Assert.DoesNotContain(client.Messages, m => m.Name is "NO_SUCH_THING" or "NO_SUCH_LIST" or "NOR_THIS");
    }

    [Fact]
    public async Task MSSP_reports_name_players_and_uptime_when_agreed()
    {
        await using var server = DemoHarness.Start();
        var started = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        await using var first = await server.ConnectAsync();
        var mssp = await first.WaitForAsync(c => c.Messages.FirstOrDefault(m => m.Protocol == MudProtocol.Mssp)?.Value, "MSSP");
        Assert.Equal("TelnetTui Demo", mssp["NAME"]!.AsString);
        Assert.Equal("0", mssp["PLAYERS"]!.AsString);
        var uptime = long.Parse(mssp["UPTIME"]!.AsString!, CultureInfo.InvariantCulture);
        Assert.InRange(uptime, started - 60, started + 1);
        Assert.Equal(server.Port.ToString(CultureInfo.InvariantCulture), mssp["PORT"]!.AsString);
        Assert.Equal("1", mssp["GMCP"]!.AsString);

        await using var player = await MudSession.EnterAsync(server);
        await using var crawler = await server.ConnectAsync();
        var second = await crawler.WaitForAsync(c => c.Messages.FirstOrDefault(m => m.Protocol == MudProtocol.Mssp)?.Value, "MSSP");
        Assert.Equal("1", second["PLAYERS"]!.AsString);
    }

    [Fact]
    public async Task With_MCCP2_agreed_the_bytes_on_the_wire_are_a_zlib_stream_much_smaller_than_the_text()
    {
        await using var server = DemoHarness.Start();
        await using var client = await WireClient.ConnectAsync(server.Port);
        await client.WaitForTextAsync("Your choice: ");
        var raw = client.Raw;
        // MCCP2: IAC SB MCCP2 IAC SE, then the zlib stream starts (RFC 1950 header, CM 8, 32K window: 0x78).
        var marker = raw.AsSpan().IndexOf(new byte[] { 255, 250, TelnetOption.Mccp2, 255, 240 });
        Assert.True(marker >= 0, "no MCCP2 start marker on the wire");
        Assert.Equal(0x78, raw[marker + 5]);
        Assert.True(client.IsReceiveCompressed);
        Assert.Equal(-1, raw.AsSpan(marker).IndexOf("Your choice"u8));

        client.SendLine("mud");
        await client.WaitForTextAsync("Lanternfall");
        var rawBefore = client.RawCount;
        var dataBefore = client.Data.Length;
        client.SendLine("flood 400000");
        await client.WaitForTextAsync("[flood done: 400,000 bytes");
        var wire = client.RawCount - rawBefore;
        var text = client.Data.Length - dataBefore;
        Assert.True(text > 400_000);
        Assert.True(wire * 3 < text, $"{wire} bytes on the wire for {text} bytes of text: not compressed");
    }

    [Fact]
    public async Task A_client_that_refuses_MCCP2_gets_plain_bytes()
    {
        await using var server = DemoHarness.Start();
        await using var client = await WireClient.ConnectAsync(server.Port, new TelnetSettings { Mccp = false });
        await client.WaitForTextAsync("Your choice: ");
        Assert.Equal(-1, client.Raw.AsSpan().IndexOf(new byte[] { 255, 250, TelnetOption.Mccp2 }));
        Assert.True(client.Raw.AsSpan().IndexOf("Your choice: "u8) >= 0);
        Assert.False(client.IsReceiveCompressed);
    }
}
