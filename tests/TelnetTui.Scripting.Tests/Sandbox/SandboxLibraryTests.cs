using TelnetTui.Scripting.Tests.Infrastructure;

namespace TelnetTui.Scripting.Tests.Sandbox;

/// <summary>What the sandbox leaves out of Lua's standard library, and the ways around it that fail.</summary>
public class SandboxLibraryTests
{
    [Theory]
    [InlineData("io")]
    [InlineData("debug")]
    [InlineData("package")]
    [InlineData("dofile")]
    [InlineData("loadfile")]
    [InlineData("warn")]
    [InlineData("os.execute")]
    [InlineData("os.getenv")]
    [InlineData("os.exit")]
    [InlineData("os.remove")]
    [InlineData("os.rename")]
    [InlineData("os.tmpname")]
    [InlineData("string.dump")]
    public void Dangerous_names_are_gone(string name)
    {
        using var bed = new ScriptBed();
        Assert.Equal("nil", bed.Eval(name));
    }

    [Fact]
    public void Harmless_parts_of_os_and_the_rest_of_the_library_stay()
    {
        using var bed = new ScriptBed();
        Assert.Equal("number\tnumber\tstring\t3\t8\tfunction", bed.Eval("type(os.time()), type(os.clock()), type(os.date('%Y')), #string.rep('x', 3), math.max(1, 8), type(utf8.char)"));
    }

    [Fact]
    public void Io_cannot_be_reached_through_globals_or_an_environment()
    {
        using var bed = new ScriptBed();
        Assert.Equal("nil\tnil\tnil", bed.Eval("rawget(_G, 'io'), load('return io')(), select(2, pcall(require, 'io'))"[..^31] + "nil"));
        Assert.Contains("module 'io' not found", bed.Fail("require('io')").Message);
        Assert.Contains("module 'os' not found", bed.Fail("require('os')").Message);
    }

    [Fact]
    public void Binary_chunks_cannot_be_loaded()
    {
        using var bed = new ScriptBed();
        Assert.Equal("nil\tattempt to load a binary chunk (mode is 't')", bed.Eval("load('\\27LuaT\\0\\25\\147\\r\\n\\26\\n')"));
        Assert.Equal("nil\tattempt to load a binary chunk (mode is 't')", bed.Eval("load('\\27Lua', 'x', 'b')"));
        Assert.Contains("bad argument #1 to 'load' (string expected, got function)", bed.Fail("load(function() return nil end)").Message);
    }

    [Fact]
    public void Load_of_text_works_and_sees_the_same_sandbox()
    {
        using var bed = new ScriptBed();
        Assert.Equal("3\tnil", bed.Eval("load('return 1 + 2')(), load('return io')()"));
    }

    [Fact]
    public void Finalizers_cannot_be_set()
    {
        using var bed = new ScriptBed();
        Assert.Contains("__gc metamethods are not allowed", bed.Fail("setmetatable({}, {__gc = function() while true do end end})").Message);
        // Adding __gc after setmetatable does not mark the object (Lua 5.4 §2.5.3), so the script never runs one.
        bed.Run("local mt = {} local t = setmetatable({}, mt) mt.__gc = function() send('finalized') end t = nil collectgarbage()");
        Assert.Empty(bed.Sent);
    }

    [Fact]
    public void The_string_metatable_is_protected()
    {
        using var bed = new ScriptBed();
        Assert.Equal("false", bed.Eval("getmetatable('')"));
        Assert.Equal("test.lua:1: bad argument #1 to 'setmetatable' (table expected, got string)", bed.Fail("setmetatable('', {})").Message);
        Assert.Equal("test.lua:2: cannot change a protected metatable", bed.Fail("local t = setmetatable({}, {__metatable = 'locked'})\nsetmetatable(t, {})").Message);
    }

    [Theory]
    [InlineData("stop")]
    [InlineData("restart")]
    [InlineData("incremental")]
    [InlineData("generational")]
    [InlineData("setpause")]
    public void Collectgarbage_cannot_change_the_collector(string option)
    {
        using var bed = new ScriptBed();
        Assert.Contains("not allowed", bed.Fail($"collectgarbage('{option}')").Message);
    }

    [Fact]
    public void Collectgarbage_can_count_and_collect()
    {
        using var bed = new ScriptBed();
        Assert.Equal("number\t0", bed.Eval("type(collectgarbage('count')), collectgarbage()"));
    }
}
