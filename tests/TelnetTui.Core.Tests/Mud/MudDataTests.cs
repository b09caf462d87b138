using TelnetTui.Core.Mud;
using TelnetTui.Core.Sessions;
using TelnetTui.Core.Tests.Support;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Values;
using static TelnetTui.Core.Tests.Support.TelnetBytes;

namespace TelnetTui.Core.Tests.Mud;

/// <summary>GMCP/MSDP/MSSP data: events, the latest values by name, and the inspector's tree (bounded).</summary>
public sealed class MudDataTests
{
    private static readonly DateTimeOffset T = new(2025, 1, 2, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Gmcp_messages_sit_under_their_package_path_and_keep_the_latest_value()
    {
        var store = new MudDataStore();
        store.Add(new MudMessage(MudProtocol.Gmcp, "Char.Vitals", MudValue.Object(("hp", MudValue.Number(10)))), T);
        store.Add(new MudMessage(MudProtocol.Gmcp, "Char.Vitals", MudValue.Object(("hp", MudValue.Number(7)))), T.AddSeconds(1));
        store.Add(new MudMessage(MudProtocol.Gmcp, "Room.Info", MudValue.Object(("name", MudValue.String("Hall")))), T);
        store.Add(new MudMessage(MudProtocol.Msdp, "HEALTH", MudValue.String("42")), T);
        store.Add(new MudMessage(MudProtocol.Mssp, "", MudValue.Object(("NAME", MudValue.String("Demo")))), T);

        Assert.Equal(7, store.Latest(MudProtocol.Gmcp, "Char.Vitals")!["hp"]!.AsNumber);
        Assert.Equal("42", store.Latest(MudProtocol.Msdp, "HEALTH")!.AsString);
        Assert.Equal(["GMCP", "MSDP", "MSSP"], store.Root.Children.Select(c => c.Name));
        var vitals = store.Root.Find("GMCP")!.Find("Char")!.Find("Vitals")!;
        Assert.Equal(2, vitals.Count);
        Assert.Equal(T.AddSeconds(1), vitals.Updated);
        Assert.Equal(["Char", "Room"], store.Root.Find("GMCP")!.Children.Select(c => c.Name));
        Assert.Equal("Demo", store.Root.Find("MSSP")!.Value!["NAME"]!.AsString);
    }

    [Fact]
    public void New_names_past_the_cap_are_counted_not_stored()
    {
        var store = new MudDataStore();
        for (var i = 0; i < MudDataStore.MaxNames + 50; i++)
            store.Add(new MudMessage(MudProtocol.Gmcp, $"Spam.N{i}", MudValue.Null), T);
        Assert.Equal(50, store.Dropped);
        Assert.Equal(MudDataStore.MaxNames, store.Root.Find("GMCP")!.Find("Spam")!.Children.Count);
        store.Add(new MudMessage(MudProtocol.Gmcp, "Spam.N0", MudValue.True), T); // known names still update
        Assert.Equal(MudValue.True, store.Latest(MudProtocol.Gmcp, "Spam.N0"));
    }

    [Fact]
    public async Task A_session_delivers_gmcp_as_events_and_data_and_can_send_it()
    {
        var connector = new FakeConnector().Succeed();
        await using var h = new SessionHarness(SessionHarness.Options(connector: connector));
        var received = new List<MudMessage>();
        h.Session.MudMessageReceived += received.Add;
        await h.ConnectAsync();
        Assert.False(h.Session.SendGmcp("Core.Ping"));
        connector.Last.Send(Bytes(Cmd(Will, Gmcp), Iac, Sb, Gmcp, "Char.Vitals {\"hp\":10,\"mp\":3}", Iac, Se));
        await h.PumpUntilAsync(() => received.Count == 1, "the GMCP message");
        Assert.Equal("Char.Vitals", received[0].Name);
        Assert.Equal(3, h.Session.MudData.Latest(MudProtocol.Gmcp, "Char.Vitals")!["mp"]!.AsNumber);
        await h.PumpUntilAsync(() => Contains(connector.Last.Written, Bytes(Iac, Do, Gmcp)) && Contains(connector.Last.Written, Bytes(Iac, Sb, Gmcp, "Core.Hello")),
            "DO GMCP and Core.Hello");
        Assert.True(h.Session.SendGmcp("Core.Ping"));
        await h.PumpUntilAsync(() => Contains(connector.Last.Written, Bytes(Iac, Sb, Gmcp, "Core.Ping", Iac, Se)), "Core.Ping");
    }
}
