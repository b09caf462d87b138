using TelnetTui.Scripting.Runtime;
using TelnetTui.Scripting.Tests.Infrastructure;

namespace TelnetTui.Scripting.Tests.Sandbox;

/// <summary>
/// Runaway scripts: infinite loops (however they hide), memory bombs and deep recursion are
/// stopped with an error naming the script and line, and the session goes on.
/// </summary>
public class SandboxLimitTests
{
    private static ScriptLimits Small => new() { InstructionsPerCallback = 1_000_000, MemoryBytes = 16L * 1024 * 1024, TimePerCallback = TimeSpan.FromSeconds(5) };

    [Theory]
    [InlineData("while true do end")]
    [InlineData("local i = 0 repeat i = i + 1 until false")]
    [InlineData("while true do pcall(function() while true do end end) end")]
    [InlineData("while true do pcall(error) end")]
    [InlineData("while true do xpcall(function() while true do end end, function(e) return e end) end")]
    [InlineData("local co = coroutine.wrap(function() while true do end end) co()")]
    [InlineData("while true do coroutine.resume(coroutine.create(function() while true do end end)) end")]
    [InlineData("while true do local co = coroutine.create(function() while true do coroutine.yield() end end) coroutine.resume(co) coroutine.close(co) end")]
    [InlineData("table.sort({3, 2, 1}, function(a, b) while true do end end)")]
    [InlineData("string.gsub('abc', '%w', function() while true do end end)")]
    [InlineData("local t = setmetatable({}, {__index = function() while true do end end}) local x = t.x")]
    [InlineData("tostring(setmetatable({}, {__tostring = function() while true do end end}))")]
    [InlineData("for k in pairs(setmetatable({}, {__pairs = function() while true do end end})) do end")]
    [InlineData("do local x <close> = setmetatable({}, {__close = function() while true do end end}) end")]
    [InlineData("load('while true do end', '=loaded')()")]
    public void Infinite_loops_are_stopped_with_the_script_and_line(string loop)
    {
        using var bed = new ScriptBed(Small);
        var failure = bed.Fail("local before = 1\n" + loop, "runaway.lua");
        Assert.Contains("instruction budget exceeded (1,000,000 instructions in one callback)", failure.Message);
        // Code given to load() has its own chunk name.
        Assert.Equal(loop.StartsWith("load", StringComparison.Ordinal) ? ("loaded", 1) : ("runaway.lua", 2), (failure.Script, failure.Line!.Value));
        // The session goes on: the state still runs scripts.
        bed.Run("send('still alive')");
        Assert.Equal(["still alive"], bed.Sent);
    }

    [Fact]
    public void A_runaway_trigger_stops_and_the_next_lines_are_still_handled()
    {
        using var bed = new ScriptBed(Small);
        bed.Run("""
            trigger('loop', function() while true do end end)
            trigger('hello', function(m, line) send('seen ' .. line) end)
            """, "triggers.lua");
        bed.Receive("loop hello\n");
        bed.Receive("hello again\n");
        Assert.Equal(["seen loop hello", "seen hello again"], bed.Sent);
        var error = Assert.Single(bed.Errors);
        Assert.Equal(("triggers.lua", 1), (error.Script, error.Line));
    }

    [Fact]
    public void Each_callback_gets_a_fresh_budget()
    {
        using var bed = new ScriptBed(Small);
        // ~300,000 instructions per call: three calls exceed one budget together, not separately.
        bed.Run("n = 0 trigger('work', function() for i = 1, 100000 do n = n + 1 end end)");
        for (var i = 0; i < 5; i++)
            bed.Receive("work\n");
        Assert.Empty(bed.Errors);
        Assert.Equal("500000", bed.Eval("n"));
    }

    [Theory]
    [InlineData("local s = string.rep('x', 1 << 30)")]
    [InlineData("local s = string.rep('x', 1 << 20) for i = 1, 30 do s = s .. s end")]
    [InlineData("local t = {} for i = 1, 1e9 do t[i] = i end")]
    [InlineData("local t = {} for i = 1, 1e9 do t[#t + 1] = tostring(i) .. 'padding padding' end")]
    [InlineData("local t = {} local s = string.rep('x', 1000) for i = 1, 1e9 do t[i] = s .. i end")]
    [InlineData("string.rep('ab', 1 << 40)")]
    [InlineData("local t = {} while true do t = {t, t, t} end")]
    [InlineData("local s = ('x'):rep(1 << 22) local parts = {} for i = 1, 100 do parts[i] = s end local all = table.concat(parts)")]
    public void Memory_bombs_hit_the_cap(string bomb)
    {
        using var bed = new ScriptBed(new ScriptLimits { MemoryBytes = 16L * 1024 * 1024, InstructionsPerCallback = 100_000_000 });
        var failure = bed.Fail(bomb, "bomb.lua");
        // Near the cap Lua collects before every refused allocation; the time budget ends that if the cap does not.
        Assert.True(failure.Message.Contains("not enough memory") || failure.Message.Contains("too large") || failure.Message.Contains("time budget"), failure.Message);
        Assert.True(bed.Engine.Memory.Peak <= 16L * 1024 * 1024 + 2 * 1024 * 1024, $"peak {bed.Engine.Memory.Peak}");
        // Garbage from the bomb is collectable and the state still works.
        bed.Run("collectgarbage() send('after')");
        Assert.Equal(["after"], bed.Sent);
        Assert.True(bed.Engine.Memory.Used < 4L * 1024 * 1024, $"used {bed.Engine.Memory.Used}");
    }

    [Fact]
    public void Instructions_that_do_unbounded_work_are_stopped_by_the_time_budget()
    {
        // Each tail call copies all its arguments: few instructions, quadratic work.
        using var bed = new ScriptBed(Small with { TimePerCallback = TimeSpan.FromMilliseconds(200), MemoryBytes = 256L * 1024 * 1024 });
        var failure = bed.Fail("local function f(...) return f(1, ...) end\nf()", "varargs.lua");
        Assert.Contains("time budget exceeded (a callback may run 0.2 s)", failure.Message);
        Assert.Equal(("varargs.lua", 1), (failure.Script, failure.Line));
    }

    [Theory]
    [InlineData("local function f() return 1 + f() end f()", "deep.lua:1:")]
    [InlineData("local function f() pcall(f) error('x') end f()", "deep.lua:1: x")]
    [InlineData("local function f() local ok, e = pcall(f) if not ok then error(e, 0) end end f()", "stack overflow")]
    [InlineData("local function f(s) return (string.gsub(s, '.', f)) end f('ab')", "stack overflow")]
    [InlineData("local t = setmetatable({}, {__index = function(t, k) return t[k] end}) local x = t.x", "stack overflow")]
    [InlineData("local function f() coroutine.wrap(f)() end f()", "C stack overflow")]
    [InlineData("local s = string.rep('(', 300) .. string.rep(')', 300) assert(load('return ' .. s .. '1'))()", "overflow")]
    public void Deep_recursion_is_contained(string code, string reason)
    {
        using var bed = new ScriptBed(Small);
        var failure = bed.Fail(code, "deep.lua");
        Assert.Contains(reason, failure.Message);
        bed.Run("send('ok')");
        Assert.Equal(["ok"], bed.Sent);
    }

    [Fact]
    public void A_failure_has_a_traceback_without_the_sandbox_frames()
    {
        using var bed = new ScriptBed();
        var failure = bed.Fail("local function inner() error('deep trouble') end\nlocal function outer() inner() end\nouter()", "trace.lua");
        Assert.Equal("trace.lua:1: deep trouble", failure.Message);
        Assert.Contains("trace.lua:2: in ", failure.Traceback);
        Assert.DoesNotContain("[telnettui]", failure.Traceback);
    }

    [Fact]
    public void Errors_that_are_not_strings_are_described()
    {
        using var bed = new ScriptBed();
        Assert.Equal("test.lua:1: (error object is a table value)", bed.Fail("error({})").Message);
        Assert.Equal("test.lua:1: nil error", bed.Fail("error()").Message);
    }

    [Fact]
    public void Yielding_outside_a_coroutine_is_an_error()
    {
        using var bed = new ScriptBed();
        Assert.Contains("attempt to yield from outside a coroutine", bed.Fail("coroutine.yield(1)").Message);
    }
}
