using TelnetTui.Scripting.Loading;
using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Tests.Infrastructure;
using TelnetTui.Telnet.Values;
using TelnetTui.Testing;

namespace TelnetTui.Scripting.Tests.Assets;

/// <summary>The scripts shipped in assets/scripts do what their comments say, on simulated sessions.</summary>
public sealed class ExampleScriptTests : IDisposable
{
    private readonly string _folder = SharedData.InRepo(Path.Combine("assets", "scripts"));
    private readonly string _scratch = Directory.CreateTempSubdirectory("telnettui-assets-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private ScriptBed Load(string script, string? folder = null)
    {
        var bed = new ScriptBed();
        bed.Engine.Load(new ScriptLoadPlan { ScriptsFolder = folder ?? _folder, Autoload = false, Scripts = [script] });
        Assert.True(bed.Errors.Count == 0, string.Join("; ", bed.Errors.Select(e => e.Text)));
        return bed;
    }

    private static MudMessage Gmcp(string name, string json)
    {
        Assert.True(MudJson.TryParse(System.Text.Encoding.UTF8.GetBytes(json), out var value, out _));
        return new MudMessage(MudProtocol.Gmcp, name, value);
    }

    [Fact]
    public void Demo_mud_draws_a_vitals_gauge_and_warns_when_low()
    {
        using var bed = Load("demo-mud.lua");
        bed.Engine.ReceiveMudMessage(Gmcp("Char.Vitals", """{"hp": 50, "maxhp": 100, "mp": "10", "maxmp": "40"}"""));
        bed.Engine.ReceiveMudMessage(Gmcp("Char.Vitals", """{"hp": 20, "maxhp": 100}"""));
        Assert.Equal(
            [
                "HP [##########----------] 50/100  MP [###-------] 10/40",
                "HP [####----------------] 20/100",
                "*** HP below 25%! ***",
            ],
            bed.Host.Echoed);
    }

    [Fact]
    public void Demo_mud_eats_once_a_minute_gags_ooc_and_expands_aliases()
    {
        using var bed = Load("demo-mud.lua");
        bed.Receive("You are hungry.\r\nYou are hungry.\r\n");
        Assert.Equal(["eat bread"], bed.Sent);
        Assert.True(bed.Engine.ProcessLine("[OOC] Bob: lol").Gag);
        Assert.Equal("bright-yellow", bed.Engine.ProcessLine("Ada tells you 'hi'").Highlights.Single().Colour);
        Assert.Equal(["kill orc"], bed.Engine.ProcessInput("k orc").Commands);
        Assert.Equal(["kill rat"], bed.Engine.ProcessInput("kl rat").Commands);
        bed.Receive("The rat is DEAD!\r\n");
        Assert.Equal(["eat bread", "get all from corpse"], bed.Sent);
    }

    [Fact]
    public void Tinymux_width_logs_in_and_prints_the_width()
    {
        using var bed = Load("tinymux-width.lua");
        bed.ReceiveThenPause("Welcome to TinyMUX\r\n  \"connect <name> <password>\" connects you to an existing character.\r\n");
        Assert.Equal(["connect wizard potrzebie", "think WIDTH=[width(me)]"], bed.Sent);
        bed.Receive("Last connect was from localhost.\r\nWIDTH=120\r\n");
        Assert.Equal(["120"], bed.Logs);
        Assert.Equal("QUIT", bed.Sent[^1]);
        Assert.Equal(ScriptState.Loaded, bed.Engine.Scripts.Single().State);
    }

    [Fact]
    public void Bbs_login_answers_prompts_until_the_main_menu()
    {
        File.Copy(Path.Combine(_folder, "bbs-login.lua"), Path.Combine(_scratch, "bbs-login.lua"));
        File.WriteAllText(Path.Combine(_scratch, "bbs-login.txt"), "ada s3cret\n");
        using var bed = Load("bbs-login.lua", _scratch);
        bed.ReceiveThenPause("\u001b[2J\u001b[1;33mWelcome!\u001b[0m\r\nPress any key to continue ");
        bed.ReceiveThenPause("\r\nYour name: ");
        bed.ReceiveThenPause("ada\r\nPassword: ");
        bed.ReceiveThenPause("\r\n-= Main Menu =-\r\n");
        Assert.Equal(["", "ada", "s3cret"], bed.Sent);
        Assert.Equal(["logged in as ada"], bed.Logs);
    }

    [Fact]
    public void The_api_tour_loads_and_works()
    {
        using var bed = Load("examples.lua");
        Assert.Equal(["examples loaded for 127.0.0.1:4000 (line mode)"], bed.Logs);
        Assert.Equal([("REPORT", "[\"HEALTH\",\"MANA\"]")], bed.Host.Msdp);
        bed.Receive("Bob arrives from the north.\r\n");
        Assert.Equal(["take lamp", "look", "look"], bed.Engine.ProcessInput("tk lamp").Commands);
        Assert.Equal(["cast heal self"], bed.Engine.ProcessInput("heal").Commands);
        Assert.True(bed.Engine.ProcessLine("[auction] sword for sale").Gag);
        bed.Advance(2);
        Assert.Contains("two seconds after loading", bed.Logs);
        Assert.Contains("Bob came in from the north", bed.Logs);
    }
}
