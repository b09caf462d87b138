using TelnetTui.Scripting.Engine;
using TelnetTui.Scripting.Items;
using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Tests.Infrastructure;

namespace TelnetTui.Scripting.Tests.Pane;

/// <summary>What the script pane lists: scripts, items with hit counts and switches, output records.</summary>
public class PaneModelTests
{
    [Fact]
    public void Items_list_their_pattern_source_state_and_hits()
    {
        using var bed = new ScriptBed();
        bed.Run("""
            trigger("^hp", nil, {gag = true, group = "status"})
            alias("^k (.+)$", "kill $1")
            timer(5, function() end, true)
            prompt(function() end)
            gmcp.on("Char.Vitals", function() end)
            msdp.on("HEALTH", function() end)
            """, "setup.lua");
        bed.Receive("hp 1\nhp 2\n");
        var items = bed.Engine.Items();
        Assert.Equal([ScriptItemKind.Trigger, ScriptItemKind.Alias, ScriptItemKind.Timer, ScriptItemKind.Prompt, ScriptItemKind.Gmcp, ScriptItemKind.Msdp], items.Select(i => i.Kind));
        var trigger = items[0];
        Assert.Equal(("^hp", "setup.lua:1", "status", true, 2L, "regex, gag, no action"), (trigger.Pattern, trigger.Source, trigger.Group, trigger.Enabled, trigger.Hits, trigger.Details));
        Assert.Equal(("5 s", "repeating, function"), (items[2].Pattern, items[2].Details));
        Assert.Equal("sends \"kill $1\"", items[1].Details);
        Assert.Equal("Char.Vitals", items[4].Pattern);
    }

    [Fact]
    public void The_pane_toggles_and_removes_items()
    {
        using var bed = new ScriptBed();
        bed.Run("trigger('x', 'sent')");
        var id = bed.Engine.Items().Single().Id;
        Assert.True(bed.Engine.SetEnabled(id, false));
        bed.Receive("x\n");
        Assert.Empty(bed.Sent);
        Assert.True(bed.Engine.SetEnabled(id, true));
        bed.Receive("x\n");
        Assert.Equal(["sent"], bed.Sent);
        Assert.True(bed.Engine.Remove(id));
        Assert.False(bed.Engine.SetEnabled(id, true));
        Assert.Empty(bed.Engine.Items());
    }

    [Fact]
    public void A_script_switch_covers_everything_it_registered()
    {
        using var bed = new ScriptBed();
        bed.Run("trigger('a', 'A') alias('^b$', 'B')", "one.lua");
        bed.Run("trigger('a', 'other')", "two.lua");
        Assert.Equal(2, bed.Engine.SetScriptEnabled("one.lua", false));
        bed.Receive("a\n");
        Assert.Equal(["other"], bed.Sent);
        Assert.Equal(["b"], bed.Engine.ProcessInput("b").Commands);
        Assert.False(bed.Engine.Scripts.Single(s => s.Name == "one.lua").Enabled);
        Assert.Equal(2, bed.Engine.Scripts.Single(s => s.Name == "one.lua").Items);
    }

    [Fact]
    public void Scripts_show_loaded_waiting_and_failed()
    {
        using var bed = new ScriptBed();
        bed.Run("x = 1", "ok.lua");
        bed.Run("wait_for('go')", "waits.lua");
        bed.Fail("error('boom')", "bad.lua");
        var scripts = bed.Engine.Scripts;
        Assert.Equal([ScriptState.Loaded, ScriptState.Waiting, ScriptState.Failed], scripts.Select(s => s.State));
        Assert.Equal("bad.lua:1: boom", scripts[2].Failure!.Message);
        var finished = new List<ScriptInfo>();
        bed.Engine.ScriptFinished += finished.Add;
        bed.Receive("go\n");
        Assert.Equal(ScriptState.Loaded, Assert.Single(finished).State);
        Assert.Equal(ScriptState.Loaded, bed.Engine.Scripts[1].State);
        Assert.Equal(0, bed.Engine.WaitingTasks);
    }

    [Fact]
    public void Errors_become_output_records_with_file_line_and_traceback()
    {
        using var bed = new ScriptBed();
        bed.Run("trigger('x', function() local t = nil; return t.field end)", "cb.lua");
        bed.Receive("x\n");
        var error = bed.Engine.Output.Single(o => o.Kind == ScriptOutputKind.Error);
        Assert.Equal(("cb.lua", 1), (error.Script, error.Line));
        Assert.Equal("cb.lua:1: attempt to index a nil value (local 't')", error.Text);
        Assert.Equal(error.Text, error.ToString());
        Assert.Contains("cb.lua:1: in function", error.Traceback);
        Assert.Equal(bed.Host.FakeClock.GetUtcNow(), error.Time);
    }

    [Fact]
    public void Output_keeps_a_bounded_history()
    {
        using var bed = new ScriptBed();
        bed.Run($"for i = 1, {ScriptEngine.MaxOutputRecords + 10} do log(i) end");
        Assert.True(bed.Engine.Output.Count <= ScriptEngine.MaxOutputRecords);
        Assert.Equal((ScriptEngine.MaxOutputRecords + 10).ToString(System.Globalization.CultureInfo.InvariantCulture), bed.Engine.Output[^1].Text);
        Assert.Equal(ScriptEngine.MaxOutputRecords + 10, bed.Host.Logged.Count);
    }

    [Fact]
    public void Memory_use_is_reported()
    {
        using var bed = new ScriptBed();
        Assert.True(bed.Engine.Memory.Used < 1 << 20);
        bed.Run("big = string.rep('x', 1 << 20)");
        Assert.True(bed.Engine.Memory.Used >= 1 << 20);
        Assert.Equal(Runtime.ScriptLimits.DefaultMemoryBytes, bed.Engine.Memory.Limit);
    }
}
