using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Tests.Infrastructure;

namespace TelnetTui.Scripting.Tests.Pane;

/// <summary>The script pane's console: evaluate and print, like the standalone lua.</summary>
public class ConsoleTests
{
    [Fact]
    public void Expressions_print_their_values()
    {
        using var bed = new ScriptBed();
        Assert.Equal("3", bed.Eval("1 + 2"));
        Assert.Equal("a\t1\tnil\ttrue", bed.Eval("'a', 1, nil, true"));
        Assert.Equal("2.5", bed.Eval("5 / 2"));
        Assert.StartsWith("table: 0x", bed.Eval("{}"));
    }

    [Fact]
    public void Statements_run_and_print_nothing_and_globals_persist()
    {
        using var bed = new ScriptBed();
        Assert.Null(bed.Eval("x = 40"));
        Assert.Equal("42", bed.Eval("x + 2"));
        Assert.Null(bed.Eval("for i = 1, 3 do x = x + 1 end"));
        Assert.Equal("43", bed.Eval("x"));
    }

    [Fact]
    public void Errors_name_the_console_and_line()
    {
        using var bed = new ScriptBed();
        var result = bed.Engine.Evaluate("local a = nil\nreturn a.b");
        Assert.Equal("console:2: attempt to index a nil value (local 'a')", result.Failure!.Message);
        Assert.Equal(2, result.Failure.Line);
        var syntax = bed.Engine.Evaluate("1 +* 2");
        Assert.False(syntax.Incomplete);
        Assert.Contains("console:1: unexpected symbol", syntax.Failure!.Message);
        Assert.Contains(bed.Engine.Output, o => o.Kind == ScriptOutputKind.Error && o.Text.StartsWith("console:2:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unfinished_entry_is_reported_incomplete_and_not_run()
    {
        using var bed = new ScriptBed();
        var first = bed.Engine.Evaluate("function f()");
        Assert.True(first.Incomplete);
        Assert.Empty(bed.Engine.History.Entries);
        var whole = bed.Engine.Evaluate("function f()\n  return 'multi-line'\nend");
        Assert.False(whole.Incomplete);
        Assert.Equal("multi-line", bed.Eval("f()"));
        Assert.True(bed.Engine.Evaluate("x = [[open string").Incomplete);
    }

    [Fact]
    public void Entries_and_results_go_to_the_output_and_history()
    {
        using var bed = new ScriptBed();
        bed.Eval("1 + 1");
        bed.Eval("'again'");
        bed.Eval("'again'");
        Assert.Equal([(ScriptOutputKind.Input, "1 + 1"), (ScriptOutputKind.Result, "2"), (ScriptOutputKind.Input, "'again'"), (ScriptOutputKind.Result, "again"), (ScriptOutputKind.Input, "'again'"), (ScriptOutputKind.Result, "again")],
            bed.Engine.Output.Select(o => (o.Kind, o.Text)));
        var history = bed.Engine.History;
        Assert.Equal(["1 + 1", "'again'"], history.Entries);
        Assert.Equal("'again'", history.Previous());
        Assert.Equal("1 + 1", history.Previous());
        Assert.Null(history.Previous());
        Assert.Equal("'again'", history.Next());
        Assert.Equal("", history.Next());
        Assert.Null(history.Next());
    }

    [Fact]
    public void A_runaway_console_entry_is_stopped()
    {
        using var bed = new ScriptBed(new Runtime.ScriptLimits { InstructionsPerCallback = 100_000 });
        Assert.Contains("instruction budget exceeded", bed.Engine.Evaluate("while true do end").Failure!.Message);
        Assert.Equal("ok", bed.Eval("'ok'"));
    }
}
