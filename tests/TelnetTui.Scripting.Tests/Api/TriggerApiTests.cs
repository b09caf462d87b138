using TelnetTui.Scripting.Tests.Infrastructure;

namespace TelnetTui.Scripting.Tests.Api;

/// <summary>trigger(pattern, fn|text, opts): regex and plain, captures, gag, highlight, once, groups.</summary>
public class TriggerApiTests
{
    [Fact]
    public void A_regex_trigger_gets_captures_and_the_line()
    {
        using var bed = new ScriptBed();
        bed.Run("""
            trigger("^(?<who>\\w+) tells you '(.*)'$", function(m, line)
              log(m[0], m.who, m[1], m[2], line)
            end)
            """);
        bed.Receive("Ada tells you 'hello there'\r\n");
        // .NET numbers named groups after unnamed ones: [1] is '(.*)', [2] is (?<who>).
        Assert.Equal(["Ada tells you 'hello there'\tAda\thello there\tAda\tAda tells you 'hello there'"], bed.Logs);
    }

    [Fact]
    public void A_group_that_did_not_take_part_is_false()
    {
        using var bed = new ScriptBed();
        bed.Run("trigger('^(a)|(b)$', function(m) log(m[1], m[2]) end)");
        bed.Receive("b\n");
        Assert.Equal(["false\tb"], bed.Logs);
    }

    [Fact]
    public void A_plain_trigger_matches_text_anywhere_and_regex_characters_are_literal()
    {
        using var bed = new ScriptBed();
        bed.Run("trigger('[OOC]', function(m, line) log(m[0], line) end, {plain = true})");
        bed.Receive("x [OOC] y\nO\n[ooc]\n");
        Assert.Equal(["[OOC]\tx [OOC] y"], bed.Logs);
    }

    [Fact]
    public void A_text_action_is_sent_with_groups_separators_and_repeats()
    {
        using var bed = new ScriptBed();
        bed.Run("trigger('^(\\\\w+) arrives', 'say hi $1;#2 bow')");
        bed.Receive("Bob arrives from the north.\n");
        Assert.Equal(["say hi Bob", "bow", "bow"], bed.Sent);
    }

    [Fact]
    public void Every_matching_trigger_fires_in_creation_order()
    {
        using var bed = new ScriptBed();
        bed.Run("""
            trigger('dragon', function() log('regex 1') end)
            trigger('dragon', function() log('plain 2') end, {plain = true})
            trigger('^A', function() log('regex 3') end)
            trigger('nothing', function() log('never') end)
            """);
        bed.Receive("A red dragon is here.\n");
        Assert.Equal(["regex 1", "plain 2", "regex 3"], bed.Logs);
    }

    [Fact]
    public void Gag_and_highlight_are_returned_for_the_line()
    {
        using var bed = new ScriptBed();
        bed.Run("""
            trigger('^\\[OOC\\]', nil, {gag = true})
            trigger('gold', nil, {highlight = 'bright-yellow', plain = true})
            trigger('(\\d+) coins', nil, {highlight = '#ff8800'})
            """);
        var ooc = bed.Engine.ProcessLine("[OOC] Bob: lol");
        Assert.True(ooc.Gag);
        var gold = bed.Engine.ProcessLine("You find 12 coins of gold.");
        Assert.False(gold.Gag);
        Assert.Equal(2, gold.Fired);
        Assert.Equal([new(21, 4, "bright-yellow"), new(9, 8, "#ff8800")], gold.Highlights);
        Assert.Equal(0, bed.Engine.ProcessLine("nothing here").Fired);
    }

    [Fact]
    public void Gag_and_highlight_can_be_decided_in_the_callback()
    {
        using var bed = new ScriptBed();
        bed.Run("trigger('^(\\\\w+) says', function(m) if m[1] == 'Spammer' then gag() else highlight('cyan') end end)");
        Assert.True(bed.Engine.ProcessLine("Spammer says buy gold").Gag);
        var friend = bed.Engine.ProcessLine("Friend says hi");
        Assert.False(friend.Gag);
        Assert.Equal([new(0, 14, "cyan")], friend.Highlights);
    }

    [Fact]
    public void Gag_outside_a_line_is_an_error()
    {
        using var bed = new ScriptBed();
        Assert.Contains("only while a received line", bed.Fail("gag()").Message);
    }

    [Fact]
    public void A_bad_colour_or_pattern_is_an_error_naming_it()
    {
        using var bed = new ScriptBed();
        Assert.Contains("'pink' is not a colour", bed.Fail("trigger('x', nil, {highlight = 'pink'})").Message);
        Assert.Contains("bad pattern '(unclosed'", bed.Fail("trigger('(unclosed', 'x')").Message);
        Assert.Contains("bad argument #2 to 'trigger' (function or string expected, got number)", bed.Fail("trigger('x', 5)").Message);
    }

    [Fact]
    public void Once_fires_a_single_time()
    {
        using var bed = new ScriptBed();
        bed.Run("trigger('ping', function() log('pong') end, {once = true})");
        bed.Receive("ping\nping\n");
        Assert.Equal(["pong"], bed.Logs);
        Assert.Empty(bed.Engine.Items());
    }

    [Fact]
    public void Groups_and_handles_switch_triggers_off_and_on()
    {
        using var bed = new ScriptBed();
        bed.Run("""
            t = trigger('a', function() log('a') end, {group = 'combat'})
            trigger('b', function() log('b') end, {group = 'combat'})
            trigger('c', function() log('c') end, {group = 'chat', enabled = false})
            """);
        bed.Receive("abc\n");
        bed.Eval("disable_group('combat')");
        bed.Receive("abc\n");
        bed.Eval("enable_group('chat'); enable_group('combat'); t:disable()");
        bed.Receive("abc\n");
        Assert.Equal(["a", "b", "b", "c"], bed.Logs);
        Assert.Equal("1", bed.Eval("t:hits()"));
        Assert.Equal("false", bed.Eval("t:enabled()"));
        Assert.Equal("true", bed.Eval("t:remove()"));
        Assert.Equal("0", bed.Eval("t:hits()"));
    }

    [Fact]
    public void A_trigger_can_remove_a_later_trigger_before_it_fires()
    {
        using var bed = new ScriptBed();
        bed.Run("""
            local second
            trigger('x', function() second:remove() log('first') end)
            second = trigger('x', function() log('second') end)
            """);
        bed.Receive("x\n");
        Assert.Equal(["first"], bed.Logs);
    }

    [Fact]
    public void Triggers_match_text_without_colours_and_controls()
    {
        using var bed = new ScriptBed();
        bed.Run("trigger('^You are hungry\\\\.$', function(m, line) log(line) end)");
        bed.Receive("\u001b[1;31mYou are \u001b[0mhungry.\u0007\r\n");
        Assert.Equal(["You are hungry."], bed.Logs);
    }

    [Fact]
    public void A_runaway_pattern_moves_to_the_non_backtracking_engine_and_keeps_working()
    {
        using var bed = new ScriptBed();
        bed.Run("trigger('^(a+)+$', function() log('matched') end)\ntrigger('a', function() log('other') end, {plain = true})");
        // Catastrophic backtracking: 40 a's and a final b. One slow line could be a busy machine;
        // after three in a row the pattern is rebuilt on the linear-time engine.
        for (var i = 0; i < 3; i++)
            bed.Receive(new string('a', 40) + "b\n");
        Assert.Contains(bed.Host.Logged, l => l.Text.Contains("now runs on the non-backtracking engine"));
        bed.Receive(new string('a', 40) + "b\n");
        bed.Receive("aaa\n");
        Assert.Equal(["other", "other", "other", "other", "matched", "other"], bed.Logs);
        Assert.True(bed.Engine.Items().First().Enabled);
    }

    [Fact]
    public void A_runaway_pattern_the_linear_engine_cannot_run_is_switched_off()
    {
        using var bed = new ScriptBed();
        // A backreference: not supported by the non-backtracking engine.
        bed.Run("trigger('^(a+)+(b)\\\\2$', function() log('matched') end)");
        for (var i = 0; i < 3; i++)
            bed.Receive(new string('a', 40) + "c\n");
        Assert.Contains(bed.Host.Logged, l => l.Text.Contains("switched off") && l.Text.Contains("took longer than 100 ms on 3 lines in a row"));
        Assert.False(bed.Engine.Items().First().Enabled);
    }
}
