using System.Text;
using TelnetTui.Scripting.Patterns;
using TelnetTui.Scripting.Tests.Infrastructure;

namespace TelnetTui.Scripting.Tests.Patterns;

/// <summary>
/// The guard in front of string.find/match/gmatch/gsub: calls whose backtracking could run for
/// minutes in C are refused; everyday patterns on everyday (and long but benign) text are not.
/// </summary>
public class LuaPatternGuardTests
{
    private static double Steps(string subject, string pattern) =>
        LuaPatternGuard.Estimate(Encoding.Latin1.GetBytes(subject), Encoding.Latin1.GetBytes(pattern));

    public static TheoryData<string, string> Everyday => new()
    {
        { "Ada tells you 'meet me at the inn at nine'", "^(%w+) tells you '(.*)'$" },
        { "Ada tells you 'meet me at the inn at nine'", "(%w+) tells you '(.*)'" },
        { "<120/130hp 45/50mana 300mv> ", "(%d+)/(%d+)hp (%d+)/(%d+)mana" },
        { "Ada says, 'The quick brown fox jumps over the lazy dog near the old mill by the river.'", "^(.-) says, '(.-)'$" },
        { "The quick brown fox jumps over the lazy dog near the old mill by the river bank today", "^(%S+)%s+(%S+)%s+(%S+)%s+(.+)$" },
        { "The quick brown fox jumps over the lazy dog near the old mill by the river bank today", "^(.-)%s+(.-)%s+(.-)%s+(.+)$" },
        { new string('x', 1 << 20), "%s+" },
        { new string(' ', 1 << 20), "%s+" },
        { new string('a', 32000), "^(%w+) tells you '(.*)'$" },
        { "exits: north, south, east", "(%a+)" },
        { "key=value", "^([^=]+)=(.*)$" },
    };

    [Theory]
    [MemberData(nameof(Everyday))]
    public void Everyday_patterns_pass(string subject, string pattern)
    {
        Assert.True(Steps(subject, pattern) <= LuaPatternGuard.MaxSteps, $"{Steps(subject, pattern):e1} steps");
    }

    public static TheoryData<string, string> Bombs => new()
    {
        { new string(' ', 32000), "(.-)%s+tells you" },
        { new string('a', 32000), "(%w+) tells you" },
        { new string('a', 5000), string.Concat(Enumerable.Repeat("a-", 20)) + "b" },
        { new string('a', 100_000), ".-.-.-b" },
        { new string('a', 200), "a*a*a*a*a*a*a*a*b" },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public void Explosive_calls_are_refused_before_they_run(string subject, string pattern)
    {
        Assert.True(Steps(subject, pattern) > LuaPatternGuard.MaxSteps);
        using var bed = new ScriptBed();
        var code = $"local s = string.rep('{subject[0]}', {subject.Length})\nlocal found = s:find('{pattern}')";
        var failure = bed.Fail(code, "bomb.lua");
        Assert.StartsWith("bomb.lua:2: string.find: this pattern could take too long", failure.Message);
    }

    [Fact]
    public void Every_pattern_function_is_guarded_and_still_works()
    {
        using var bed = new ScriptBed();
        Assert.Equal("3\tbc\tx\t1-2\t1", bed.Eval("(string.find('abcd', 'cd')), ('abc'):match('b.'), (('x'):gsub('%s', '')), (('1 2'):gsub(' ', '-')), select(2, ('a,b'):gsub(',', ';'))"));
        Assert.Equal("a|b|c", bed.Eval("(function() local t = {} for w in ('a b c'):gmatch('%a') do t[#t + 1] = w end return table.concat(t, '|') end)()"));
        Assert.Equal("2\t3", bed.Eval("string.find('a.b', '.', 1, true), (string.find('a.b', 'b', 1, true))"));
        // A plain find does no matching, so it is not refused.
        Assert.Equal("nil", bed.Eval("string.find(string.rep(' ', 32000), '(.-)%s+tells', 1, true)"));
        foreach (var f in new[] { "find", "match", "gmatch", "gsub" })
            Assert.Contains($"string.{f}: this pattern could take too long", bed.Fail($"local s = string.rep(' ', 32000) local r = string.{f}(s, '(.-)%s+tells', '')").Message);
    }

    [Fact]
    public void Malformed_patterns_are_left_to_lua_to_report()
    {
        using var bed = new ScriptBed();
        Assert.Contains("malformed pattern", bed.Fail("return ('x'):find('[a')").Message);
        Assert.Contains("malformed pattern", bed.Fail("return ('x'):find('%')").Message);
    }

    /// <summary>Our class matcher must agree with Lua's for every byte, or the bound could be wrong.</summary>
    [Theory]
    [InlineData(".")]
    [InlineData("%a")]
    [InlineData("%A")]
    [InlineData("%c")]
    [InlineData("%d")]
    [InlineData("%D")]
    [InlineData("%g")]
    [InlineData("%l")]
    [InlineData("%p")]
    [InlineData("%s")]
    [InlineData("%S")]
    [InlineData("%u")]
    [InlineData("%w")]
    [InlineData("%x")]
    [InlineData("%%")]
    [InlineData("%.")]
    [InlineData("x")]
    [InlineData("[abc]")]
    [InlineData("[^abc]")]
    [InlineData("[a-f%d]")]
    [InlineData("[]]")]
    [InlineData("[^]]")]
    [InlineData("[%]]")]
    [InlineData("[a-]")]
    [InlineData("[-a]")]
    [InlineData("[%a_]")]
    [InlineData("[^%s%p]")]
    public void Class_matching_agrees_with_lua_for_every_byte(string cls)
    {
        using var bed = new ScriptBed();
        var lua = bed.Eval($"(function() local r = {{}} for i = 0, 255 do r[#r + 1] = string.find(string.char(i), '^{cls}$') and '1' or '0' end return table.concat(r) end)()");
        var mine = string.Concat(Enumerable.Range(0, 256).Select(b => LuaPatternItems.SingleMatch((byte)b, Encoding.Latin1.GetBytes(cls)) ? '1' : '0'));
        Assert.Equal(lua, mine);
    }
}
