using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Tests.Infrastructure;

namespace TelnetTui.Scripting.Tests.Api;

/// <summary>send, echo, log/print: what a script makes the session send and show.</summary>
public class OutputApiTests
{
    [Fact]
    public void Send_sends_each_line_of_its_text_as_one_command()
    {
        using var bed = new ScriptBed();
        bed.Run("send('look')\nsend('say hi\\r\\nsmile')\nsend(42)");
        Assert.Equal(["look", "say hi", "smile", "42"], bed.Sent);
    }

    [Fact]
    public void Send_does_not_expand_separators_or_aliases()
    {
        using var bed = new ScriptBed();
        bed.Run("alias('^n$', 'north')\nsend('n;n')\nsend('n')");
        Assert.Equal(["n;n", "n"], bed.Sent);
    }

    [Fact]
    public void Echo_goes_to_the_terminal_and_is_not_sent()
    {
        using var bed = new ScriptBed();
        bed.Run("echo('hp low!', 12)");
        Assert.Equal(["hp low!\t12"], bed.Host.Echoed);
        Assert.Empty(bed.Sent);
    }

    [Fact]
    public void Log_and_print_record_output_with_script_and_line()
    {
        using var bed = new ScriptBed();
        bed.Run("log('a', nil, true, 1.5)\n\nprint(setmetatable({}, {__tostring = function() return 'obj' end}))", "mine.lua");
        var logs = bed.Host.Logged.Where(l => l.Kind == ScriptOutputKind.Log).ToList();
        Assert.Equal(["a\tnil\ttrue\t1.5", "obj"], logs.Select(l => l.Text));
        Assert.Equal(("mine.lua", 3), (logs[1].Script, logs[1].Line));
        Assert.Equal(logs, bed.Engine.Output.Where(o => o.Kind == ScriptOutputKind.Log));
    }

    [Fact]
    public void A_bad_argument_is_an_error_at_the_callers_line()
    {
        using var bed = new ScriptBed();
        var failure = bed.Fail("local x = 1\nsend({})", "bad.lua");
        Assert.Equal("bad.lua:2: bad argument #1 to 'send' (string expected, got table)", failure.Message);
        Assert.Equal(("bad.lua", 2), (failure.Script, failure.Line));
    }

    [Fact]
    public void Overlong_text_is_refused()
    {
        using var bed = new ScriptBed();
        var failure = bed.Fail("send(string.rep('x', 70000))");
        Assert.Contains("longer than", failure.Message);
        Assert.Empty(bed.Sent);
    }
}
