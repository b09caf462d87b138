using TelnetTui.Core.Book;
using TelnetTui.Scripting.Loading;
using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Tests.Infrastructure;

namespace TelnetTui.Scripting.Tests.Loading;

/// <summary>Which scripts load for a host, in what order, and reload.</summary>
public sealed class LoadingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("telnettui-load-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static HostEntry Host(params string[] scripts) => new()
    {
        Id = "demo-mud",
        Host = "127.0.0.1",
        Scripts = scripts,
        Triggers = [new TriggerRule("^You are hungry", Send: "eat bread"), new TriggerRule("^\\[OOC\\]", Gag: true), new TriggerRule("tells you", Highlight: "bright-yellow")],
        Aliases = [new AliasRule("^k (.+)$", "kill $1")],
    };

    [Fact]
    public void Global_then_host_folder_then_named_scripts_load_in_order()
    {
        Write("global/b.lua", "log('global b')");
        Write("global/a.lua", "log('global a')");
        Write("global/notes.txt", "not a script");
        Write("hosts/demo-mud/z.lua", "log('host z')");
        Write("hosts/other/x.lua", "log('other host')");
        Write("named.lua", "log('named from the folder')");
        Write("hosts/demo-mud/shadow.lua", "log('shadow from the host folder')");
        Write("shadow.lua", "log('shadow from the folder')");
        Write("hosts/demo-mud/again.lua", "log('loaded once')");
        using var bed = new ScriptBed();
        bed.Engine.Load(ScriptLoadPlan.ForHost(Host("named.lua", "shadow.lua", "again.lua"), _root));
        Assert.Equal(["global a", "global b", "loaded once", "shadow from the host folder", "host z", "named from the folder"], bed.Logs);
        Assert.Equal(["global/a.lua", "global/b.lua", "hosts/demo-mud/again.lua", "hosts/demo-mud/shadow.lua", "hosts/demo-mud/z.lua", "named.lua"], bed.Engine.Scripts.Select(s => s.Name));
    }

    [Fact]
    public void An_absolute_script_path_is_used_as_is()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), $"telnettui-abs-{Guid.NewGuid():N}.lua");
        File.WriteAllText(elsewhere, "log('absolute')");
        try
        {
            using var bed = new ScriptBed();
            bed.Engine.Load(ScriptLoadPlan.ForHost(Host(elsewhere), _root));
            Assert.Equal(["absolute"], bed.Logs);
        }
        finally
        {
            File.Delete(elsewhere);
        }
    }

    [Fact]
    public void A_missing_or_broken_script_is_reported_and_the_others_still_load()
    {
        Write("broken.lua", "log('a')\nthis is not lua\n");
        Write("good.lua", "log('good')");
        using var bed = new ScriptBed();
        bed.Engine.Load(ScriptLoadPlan.ForHost(Host("missing.lua", "broken.lua", "good.lua"), _root));
        Assert.Equal(["good"], bed.Logs);
        Assert.Contains(bed.Errors, e => e.Text.StartsWith("script 'missing.lua' not found (looked for ", StringComparison.Ordinal) && e.Text.Contains(Path.Combine(_root, "hosts", "demo-mud", "missing.lua")));
        var broken = bed.Engine.Scripts.Single(s => s.Name == "broken.lua");
        Assert.Equal(ScriptState.Failed, broken.State);
        Assert.Equal(("broken.lua", 2), (broken.Failure!.Script, broken.Failure.Line));
        Assert.Contains("syntax error", broken.Failure.Message);
    }

    [Fact]
    public void Oversized_scripts_are_refused()
    {
        Write("huge.lua", "-- " + new string('x', 1024 * 1024));
        using var bed = new ScriptBed();
        bed.Engine.Load(ScriptLoadPlan.ForHost(Host("huge.lua"), _root));
        Assert.Contains(bed.Errors, e => e.Text.Contains("larger than 1048576 bytes"));
    }

    [Fact]
    public void Host_entry_triggers_and_aliases_work_without_any_lua()
    {
        using var bed = new ScriptBed();
        bed.Engine.Load(ScriptLoadPlan.ForHost(Host(), _root));
        bed.Receive("You are hungry.\r\n");
        Assert.Equal(["eat bread"], bed.Sent);
        Assert.True(bed.Engine.ProcessLine("[OOC] chatter").Gag);
        Assert.Equal([new TelnetTui.Scripting.Triggers.LineHighlight(4, 9, "bright-yellow")], bed.Engine.ProcessLine("Ada tells you hi").Highlights);
        Assert.Equal(["kill rat"], bed.Engine.ProcessInput("k rat").Commands);
        Assert.All(bed.Engine.Items(), i => Assert.Equal("host entry", i.Source));
    }

    [Fact]
    public void A_bad_host_entry_pattern_is_reported_and_the_rest_works()
    {
        using var bed = new ScriptBed();
        bed.Engine.Load(new ScriptLoadPlan { Triggers = [new TriggerRule("(", Send: "x"), new TriggerRule("ok", Send: "y")] });
        Assert.Contains(bed.Errors, e => e.Text.StartsWith("host entry trigger '(': trigger: bad pattern", StringComparison.Ordinal));
        bed.Receive("ok\n");
        Assert.Equal(["y"], bed.Sent);
    }

    [Fact]
    public void Require_finds_modules_in_the_folders_once()
    {
        Write("lib/util.lua", "log('util loaded') return { twice = function(x) return 2 * x end }");
        Write("hosts/demo-mud/local.lua", "return 'host module'");
        Write("global/shared.lua", "shared_loaded = (shared_loaded or 0) + 1 return true");
        Write("main.lua", "local u = require('lib.util') local u2 = require('lib.util') log(u.twice(21), u == u2, require('local'))");
        using var bed = new ScriptBed();
        bed.Engine.Load(ScriptLoadPlan.ForHost(Host("main.lua"), _root) with { Autoload = false });
        Assert.Equal(["util loaded", "42\ttrue\thost module"], bed.Logs);
        Assert.Contains("module '../main' not found", bed.Fail("require('../main')").Message);
        Assert.Contains("module 'nope' not found", bed.Fail("require('nope')").Message);
    }

    [Fact]
    public void Reload_starts_over_from_the_files()
    {
        Write("counter.lua", "count = (count or 0) + 1 trigger('ping', function() send('pong ' .. count) end)");
        using var bed = new ScriptBed();
        bed.Engine.Load(ScriptLoadPlan.ForHost(Host("counter.lua"), _root));
        bed.Receive("ping\n");
        Write("counter.lua", "count = (count or 10) + 1 trigger('ping', function() send('new ' .. count) end)");
        bed.Engine.Reload();
        bed.Receive("ping\n");
        Assert.Equal(["pong 1", "new 11"], bed.Sent);
        Assert.Equal(1, bed.Engine.Items(Items.ScriptItemKind.Trigger).Count(i => !i.Source.StartsWith("host", StringComparison.Ordinal)));
        Assert.Contains(bed.Host.Logged, l => l.Kind == ScriptOutputKind.Info && l.Text == "scripts reloaded");
    }

    [Fact]
    public void Reload_from_a_script_happens_after_its_callback()
    {
        Write("self.lua", "trigger('reload', function() reload() send('still running') end)");
        using var bed = new ScriptBed();
        bed.Engine.Load(ScriptLoadPlan.ForHost(Host("self.lua"), _root));
        bed.Receive("reload\n");
        Assert.Equal(["still running"], bed.Sent);
        bed.Receive("reload\n");
        Assert.Equal(["still running", "still running"], bed.Sent);
        Assert.Equal(2, bed.Host.Logged.Count(l => l.Text == "scripts reloaded"));
    }

    [Fact]
    public void Run_file_loads_one_more_script()
    {
        Write("extra.lua", "send('extra')");
        using var bed = new ScriptBed();
        var info = bed.Engine.RunFile(Path.Combine(_root, "extra.lua"));
        Assert.Equal(ScriptState.Loaded, info.State);
        Assert.Equal(["extra"], bed.Sent);
    }
}
