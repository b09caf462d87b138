using TelnetTui.Core.Book;
using TelnetTui.Scripting.Loading;
using TelnetTui.Scripting.Tests.Infrastructure;

namespace TelnetTui.Scripting.Tests.Input;

/// <summary>alias(pattern, fn|text) and the input line: what ProcessInput returns to send.</summary>
public class AliasTests
{
    [Fact]
    public void Input_without_aliases_is_split_and_repeated()
    {
        using var bed = new ScriptBed();
        Assert.Equal(["n", "n", "e"], bed.Engine.ProcessInput("#2 n;e").Commands);
        Assert.Equal([""], bed.Engine.ProcessInput("").Commands);
    }

    [Fact]
    public void A_text_alias_substitutes_groups_and_its_text_is_split_again()
    {
        using var bed = new ScriptBed();
        bed.Run("alias('^k (.+)$', 'kill $1;loot ${1}')");
        Assert.Equal(["kill orc", "loot orc", "look"], bed.Engine.ProcessInput("k orc;look").Commands);
    }

    [Fact]
    public void A_function_alias_can_send_and_return_text_in_order()
    {
        using var bed = new ScriptBed();
        bed.Run("""
            alias('^heal (\\w+)$', function(m, line)
              send('cast heal ' .. m[1])
              return 'say healed ' .. m[1] .. ';bow'
            end)
            """);
        Assert.Equal(["look", "cast heal bob", "say healed bob", "bow"], bed.Engine.ProcessInput("look;heal bob").Commands);
        Assert.Empty(bed.Sent);
    }

    [Fact]
    public void An_alias_runs_once_per_repeat()
    {
        using var bed = new ScriptBed();
        bed.Run("n = 0\nalias('^count$', function() n = n + 1 return 'say ' .. n end)");
        Assert.Equal(["say 1", "say 2", "say 3"], bed.Engine.ProcessInput("#3 count").Commands);
    }

    [Fact]
    public void The_first_matching_alias_wins_and_its_output_is_not_aliased_again()
    {
        using var bed = new ScriptBed();
        bed.Run("alias('^n$', 'n;n')\nalias('^n$', 'never')");
        Assert.Equal(["n", "n"], bed.Engine.ProcessInput("n").Commands);
    }

    [Fact]
    public void A_failing_alias_sends_nothing_for_its_command_and_reports_the_line()
    {
        using var bed = new ScriptBed();
        bed.Run("alias('^boom$', function() error('kaput') end)", "aliases.lua");
        Assert.Equal(["look"], bed.Engine.ProcessInput("boom;look").Commands);
        var error = Assert.Single(bed.Errors);
        Assert.Equal(("aliases.lua", 1), (error.Script, error.Line));
        Assert.Contains("kaput", error.Text);
    }

    [Fact]
    public void A_bad_repeat_sends_nothing_and_says_why()
    {
        using var bed = new ScriptBed();
        var result = bed.Engine.ProcessInput("n;#500 e");
        Assert.Empty(result.Commands);
        Assert.Contains("1 to 100", result.Error);
    }

    [Fact]
    public void An_input_that_expands_too_far_is_refused()
    {
        using var bed = new ScriptBed();
        bed.Run("alias('^spam$', '#100 x;#100 y')");
        var result = bed.Engine.ProcessInput("#20 spam");
        Assert.Empty(result.Commands);
        Assert.Contains("more than 1000 commands", result.Error);
    }

    [Fact]
    public void Aliases_declared_in_the_host_entry_work_without_lua()
    {
        using var bed = new ScriptBed();
        bed.Engine.Load(new ScriptLoadPlan { Aliases = [new AliasRule("^k (.+)$", "kill $1")] });
        Assert.Equal(["kill rat"], bed.Engine.ProcessInput("k rat").Commands);
    }
}
