using TelnetTui.Scripting.Tests.Infrastructure;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Scripting.Tests.Api;

/// <summary>gmcp.on/gmcp.send and msdp.on/msdp.send with payloads as Lua tables.</summary>
public class MudDataApiTests
{
    private static MudMessage Gmcp(string name, string json)
    {
        Assert.True(MudJson.TryParse(System.Text.Encoding.UTF8.GetBytes(json), out var value, out var error), error);
        return new MudMessage(MudProtocol.Gmcp, name, value);
    }

    [Fact]
    public void Gmcp_payloads_arrive_as_tables()
    {
        using var bed = new ScriptBed();
        bed.Run("""
            gmcp.on("Char.Vitals", function(v, name)
              log(name, v.hp, v.maxhp, math.type(v.hp), v.flags[2], v.flags[3], v.nothing, v.ok)
            end)
            """);
        bed.Engine.ReceiveMudMessage(Gmcp("Char.Vitals", """{"hp": 90, "maxhp": 100.5, "flags": ["a", "b"], "nothing": null, "ok": true}"""));
        Assert.Equal(["Char.Vitals\t90\t100.5\tinteger\tb\tnil\tnil\ttrue"], bed.Logs);
    }

    [Fact]
    public void A_package_handler_gets_its_messages_case_insensitively_and_star_gets_all()
    {
        using var bed = new ScriptBed();
        bed.Run("""
            gmcp.on("char", function(_, name) log("char: " .. name) end)
            gmcp.on("*", function(_, name) log("all: " .. name) end)
            gmcp.on("Char.Vitals", function(_, name) log("vitals: " .. name) end)
            """);
        bed.Engine.ReceiveMudMessage(Gmcp("Char.Vitals", "{}"));
        bed.Engine.ReceiveMudMessage(Gmcp("Character.Name", "1"));
        bed.Engine.ReceiveMudMessage(Gmcp("Room.Info", "1"));
        Assert.Equal(["char: Char.Vitals", "all: Char.Vitals", "vitals: Char.Vitals", "all: Character.Name", "all: Room.Info"], bed.Logs);
    }

    [Fact]
    public void Gmcp_send_turns_tables_into_json()
    {
        using var bed = new ScriptBed();
        bed.Run("""
            gmcp.send("Core.Hello", {client = "TelnetTui", version = "1.0"})
            gmcp.send("Core.Supports.Set", {"Char 1", "Room 1"})
            gmcp.send("Core.Ping")
            gmcp.send("Char.Skills.Get", {group = "combat", nested = {n = 1.5, t = true, e = {}}})
            """);
        Assert.Equal(
            [
                ("Core.Hello", (string?)"""{"client":"TelnetTui","version":"1.0"}"""),
                ("Core.Supports.Set", """["Char 1","Room 1"]"""),
                ("Core.Ping", null),
                ("Char.Skills.Get", """{"group":"combat","nested":{"n":1.5,"t":true,"e":{}}}"""),
            ],
            bed.Host.Gmcp.Select(g => (g.Package, g.Json is null ? null : Normalise(g.Json))));
    }

    /// <summary>Lua table order is not insertion order: compare objects with sorted keys.</summary>
    private static string Normalise(string json)
    {
        Assert.True(MudJson.TryParse(System.Text.Encoding.UTF8.GetBytes(json), out var value, out _));
        return Sort(value).ToJson().Replace("\"e\":{},\"group\"", "\"group\"");
    }

    private static MudValue Sort(MudValue v) => v.Kind switch
    {
        MudValueKind.Object => MudValue.Object(v.Members.OrderBy(m => m.Key == "e" ? "zz" : m.Key, StringComparer.Ordinal).Select(m => KeyValuePair.Create(m.Key, Sort(m.Value)))),
        MudValueKind.Array => MudValue.Array(v.Items.Select(Sort)),
        _ => v,
    };

    [Theory]
    [InlineData("local t = {} t.self = t gmcp.send('X', t)", "nested deeper than 64")]
    [InlineData("gmcp.send('X', {print})", "cannot send a function")]
    [InlineData("gmcp.send('X', {[true] = 1})", "keys must be strings or numbers")]
    [InlineData("gmcp.send('bad name', 1)", "is not a message name")]
    [InlineData("msdp.send('X')", "bad argument #3")]
    public void Unsendable_data_is_an_error(string code, string reason)
    {
        using var bed = new ScriptBed();
        Assert.Contains(reason, bed.Fail(code).Message);
        Assert.Empty(bed.Host.Gmcp);
    }

    [Fact]
    public void Msdp_variables_are_matched_exactly_and_sent_as_values()
    {
        using var bed = new ScriptBed();
        bed.Run("""
            msdp.on("HEALTH", function(v, name) log(name, v) end)
            msdp.on("ROOM", function(v) log(v.NAME, v.EXITS[1]) end)
            msdp.send("REPORT", {"HEALTH", "ROOM"})
            msdp.send("SEND", "AREA")
            """);
        bed.Engine.ReceiveMudMessage(new MudMessage(MudProtocol.Msdp, "HEALTH", MudValue.String("50")));
        bed.Engine.ReceiveMudMessage(new MudMessage(MudProtocol.Msdp, "health", MudValue.String("1")));
        bed.Engine.ReceiveMudMessage(new MudMessage(MudProtocol.Msdp, "ROOM",
            MudValue.Object(("NAME", MudValue.String("Inn")), ("EXITS", MudValue.Array(MudValue.String("n"))))));
        Assert.Equal(["HEALTH\t50", "Inn\tn"], bed.Logs);
        Assert.Equal([("REPORT", "[\"HEALTH\",\"ROOM\"]"), ("SEND", "\"AREA\"")], bed.Host.Msdp);
    }

    [Fact]
    public void A_malformed_payload_arrives_as_its_text_with_the_error()
    {
        using var bed = new ScriptBed();
        bed.Run("gmcp.on('Char', function(v, name, err) log(v, name, err) end)");
        bed.Engine.ReceiveMudMessage(new MudMessage(MudProtocol.Gmcp, "Char.Bad", MudValue.String("{oops"), "not JSON"));
        Assert.Equal(["{oops\tChar.Bad\tnot JSON"], bed.Logs);
    }
}
