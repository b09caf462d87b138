using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Tests.Infrastructure;
using TelnetTui.Telnet.Engine;

namespace TelnetTui.Scripting.Tests.Api;

/// <summary>
/// wait_for/expect/sleep: expect-style automation as telnetlib's read_until/expect give it. A match
/// consumes text up to its end; a timeout is an error at the wait's line.
/// </summary>
public class WaitApiTests
{
    private const string Login = """
        wait_for("login:", 10)
        send("wizard")
        local i, m, text = expect({"Password:", "new character"}, 10)
        log("expect", i, text)
        send("potrzebie")
        local _, m = wait_for("Welcome, (\\w+)")
        log("welcome", m[1])
        """;

    [Fact]
    public void A_login_script_waits_through_prompts_without_newlines()
    {
        using var bed = new ScriptBed();
        var info = bed.Run(Login, "login.lua");
        Assert.Equal(ScriptState.Waiting, info.State);
        bed.Receive("Welcome to the system\r\nlogin: ");
        Assert.Empty(bed.Sent); // the unfinished line may still grow
        bed.Advance(0.1);
        Assert.Empty(bed.Sent);
        bed.Advance(0.05); // quiet for PartialLineDelay: the server waits at its prompt
        Assert.Equal(["wizard"], bed.Sent);
        bed.ReceiveThenPause("wizard\r\nPassword: ");
        Assert.Equal(["wizard", "potrzebie"], bed.Sent);
        bed.Receive("\r\nWelcome, Wizard!\r\n");
        Assert.Equal(["expect\t1\tPassword:", "welcome\tWizard"], bed.Logs);
        Assert.Equal(ScriptState.Loaded, bed.Engine.Scripts.Single().State);
        Assert.Empty(bed.Errors);
    }

    [Fact]
    public void Waits_give_the_same_result_however_the_stream_is_split()
    {
        // Sent as a server would: the prompts' lines stop, then the next part comes after the client answered.
        var parts = new[] { "Welcome to the system\r\nlogin: ", "wizard\r\nPassword: ", "\r\nWelcome, Wizard!\r\n" };
        for (var part = 0; part < parts.Length; part++)
        for (var split = 0; split <= parts[part].Length; split++)
        {
            using var bed = new ScriptBed();
            bed.Run(Login, "login.lua");
            for (var p = 0; p < parts.Length; p++)
            {
                if (p == part)
                {
                    bed.Receive(parts[p][..split]);
                    bed.Receive(parts[p][split..]);
                    bed.Advance(0.15);
                }
                else
                {
                    bed.ReceiveThenPause(parts[p]);
                }
            }
            Assert.True(bed.Sent.SequenceEqual(["wizard", "potrzebie"]), $"part {part} split at {split}: sent {string.Join(",", bed.Sent)}");
            Assert.True(bed.Logs.SequenceEqual(["expect\t1\tPassword:", "welcome\tWizard"]), $"part {part} split at {split}: {string.Join(" | ", bed.Logs)}");
        }
    }

    [Fact]
    public void A_match_consumes_text_so_one_line_cannot_satisfy_two_waits()
    {
        using var bed = new ScriptBed();
        bed.Run("""
            local _, _, a = wait_for("x")
            local _, _, b = wait_for("x")
            log(a, b)
            """);
        bed.ReceiveThenPause("xax");
        Assert.Equal(["x\tax"], bed.Logs);
    }

    [Fact]
    public void Consecutive_waits_see_text_that_arrived_together()
    {
        using var bed = new ScriptBed();
        bed.Run("""
            local _, m1 = wait_for("user=(\\w+)")
            local _, m2 = wait_for("pass=(\\w+)")
            local _, m3 = wait_for("end")
            log(m1[1], m2[1], m3[0])
            """);
        bed.Receive("user=ada pass=lovelace\nend\n");
        Assert.Equal(["ada\tlovelace\tend"], bed.Logs);
    }

    [Fact]
    public void An_unfinished_line_is_not_matched_half_way()
    {
        using var bed = new ScriptBed();
        bed.Run("local _, m = wait_for([[Welcome, (\\w+)]]) log(m[1])");
        bed.Receive("Welcome, W");
        bed.Receive("iz");
        Assert.Empty(bed.Logs);
        bed.Receive("ard!\r\n");
        Assert.Equal(["Wizard"], bed.Logs);
    }

    [Fact]
    public void Expect_returns_the_index_of_the_first_pattern_in_list_order()
    {
        using var bed = new ScriptBed();
        bed.Run("local i, m = expect({'b+', 'a(b)'}) log(i, m[0])");
        bed.Receive("abb\n");
        Assert.Equal(["1\tbb"], bed.Logs);
    }

    [Fact]
    public void A_timeout_is_an_error_at_the_wait_that_can_be_caught()
    {
        using var bed = new ScriptBed();
        bed.Run("""
            local ok, err = pcall(wait_for, "never", 2)
            log(ok, err)
            wait_for("also never", 1)
            log("not reached")
            """, "auto.lua");
        bed.Advance(1.5);
        Assert.Empty(bed.Logs);
        bed.Advance(0.5);
        Assert.Equal(["false\twait_for: timed out after 2 s waiting for 'never'"], bed.Logs);
        bed.Advance(1);
        var script = bed.Engine.Scripts.Single();
        Assert.Equal(ScriptState.Failed, script.State);
        Assert.Equal(("auto.lua", 3), (script.Failure!.Script, script.Failure.Line));
        Assert.Contains("timed out after 1 s waiting for 'also never'", script.Failure.Message);
    }

    [Fact]
    public void Sleep_resumes_after_its_time()
    {
        using var bed = new ScriptBed();
        bed.Run("send('a') sleep(1.5) send('b')");
        bed.Advance(1);
        Assert.Equal(["a"], bed.Sent);
        Assert.Equal(TimeSpan.FromSeconds(0.5), bed.Engine.TimeUntilNextDue);
        bed.Advance(0.5);
        Assert.Equal(["a", "b"], bed.Sent);
    }

    [Fact]
    public void A_closed_connection_fails_waits_but_not_sleeps()
    {
        using var bed = new ScriptBed();
        bed.Run("local ok, e = pcall(wait_for, 'x') log(e)", "a.lua");
        bed.Run("sleep(1) log('slept')", "b.lua");
        bed.Engine.ConnectionClosed("connection reset");
        bed.Advance(1);
        Assert.Equal(["wait_for: the connection closed (connection reset) while waiting for 'x'", "slept"], bed.Logs);
    }

    [Fact]
    public void A_trigger_callback_can_wait_for_what_follows()
    {
        using var bed = new ScriptBed();
        bed.Run("""
            trigger("^You are hungry", function()
              send("eat bread")
              local _, m = wait_for("You eat (.+)")
              log("ate", m[1])
            end)
            """);
        bed.Receive("You are hungry.\n");
        Assert.Equal(["eat bread"], bed.Sent);
        bed.Receive("You eat a loaf of bread\n");
        Assert.Equal(["ate\ta loaf of bread"], bed.Logs);
    }

    [Fact]
    public void A_wait_started_in_a_trigger_does_not_match_the_triggering_line()
    {
        using var bed = new ScriptBed();
        bed.Run("trigger('ping', function() local _, _, t = wait_for('ping') log('got', t) end, {once = true})");
        bed.Receive("ping 1\n");
        Assert.Empty(bed.Logs);
        bed.Receive("ping 2\n");
        Assert.Equal(["got\tping"], bed.Logs);
    }

    [Fact]
    public void Waits_see_prompts_ended_by_go_ahead()
    {
        using var bed = new ScriptBed();
        bed.Run("local _, m = wait_for('^(\\\\d+)hp') log(m[1])");
        bed.Receive("\u001b[32m12");
        bed.Receive("0hp > ");
        bed.Engine.ReceivePrompt(PromptMark.GoAhead);
        Assert.Equal(["120"], bed.Logs);
    }

    [Fact]
    public void Waiting_inside_a_coroutine_or_a_comparator_is_an_error()
    {
        using var bed = new ScriptBed();
        Assert.Contains("not inside coroutine.create", bed.Fail("local ok, e = coroutine.resume(coroutine.create(function() wait_for('x') end)) error(e, 0)").Message);
        Assert.Contains("cannot wait here", bed.Fail("table.sort({1, 2, 3}, function(a, b) wait_for('x') return a < b end)").Message);
    }

    [Fact]
    public void The_console_can_wait()
    {
        using var bed = new ScriptBed();
        var result = bed.Engine.Evaluate("select(3, wait_for('ready'))");
        Assert.True(result.Waiting);
        bed.Receive("all ready\n");
        Assert.Equal("all ready", bed.Engine.Output.Last(o => o.Kind == ScriptOutputKind.Result).Text);
    }
}
