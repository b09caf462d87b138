using System.Text;
using System.Text.RegularExpressions;
using TelnetTui.Chaos.Tests.Infrastructure;
using TelnetTui.Demo.Chaos.Scenarios;

namespace TelnetTui.Chaos.Tests.Security;

/// <summary>
/// Issue 8 §5: no escape sequence makes the client send host-chosen bytes back. A host that sets the
/// title and asks for it (xterm XTWINOPS 20/21), asks DECRQSS for a made-up setting, XTGETTCAP, OSC 52
/// and colour queries, ENQ... with text it would like "typed" for it, gets back only reports the emulator
/// builds from its own state, each from a fixed list of forms, and never a CR or LF.
/// </summary>
public sealed partial class HostChosenReplyTests
{
    /// <summary>Every form of report the emulator may send (xterm ctlseqs; DEC VT510 for DECRQM/DECRQSS).</summary>
    [GeneratedRegex("""
        \G(?:
          \e\[\?1;2c                     # DA1 and DECID
        | \e\[>1;10;0c                   # DA2
        | \eP>\|TelnetTui\(0\.1\)\e\\    # XTVERSION
        | \e\[0n                         # DSR: OK
        | \e\[\d+;\d+R                   # CPR
        | \e\[\?\d+;\d+;1R               # DECXCPR
        | \e\[\?(?:13|21|27;1;0;0)n      # printer, UDK, keyboard status
        | \e\[\??\d+;[0-4]\$y            # DECRQM
        | \e\[1t | \e\[[89];\d+;\d+t     # XTWINOPS state and sizes
        | \eP0\$r\e\\                    # DECRQSS: invalid request
        | \eP1\$r[0-9;:]*m\e\\ | \eP1\$r\d+;\d+r\e\\ | \eP1\$r\d\x20q\e\\
        )
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ReportForm();

    [Fact]
    public async Task Report_requests_loaded_with_host_text_get_only_the_emulators_own_reports()
    {
        await using var run = await ChaosRun.StartAsync(new HostileQueries());
        var connection = await run.ConnectionAsync();
        await run.AssertRecoveredAsync(TimeSpan.FromSeconds(20));
        // Every round has one DA1: when all are answered, every round's reports have left the client.
        Assert.True(await connection.Traffic.WaitUntilAsync(t => Count(t.Data, "\u001b[?1;2c") >= HostileQueries.Rounds, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken),
            $"the client answered {Count(connection.Traffic.Data, "\u001b[?1;2c")} DA1 of {HostileQueries.Rounds}");
        var sent = Encoding.Latin1.GetString(connection.Traffic.Data);

        Assert.DoesNotContain("PWNED", sent, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', sent);
        Assert.DoesNotContain('\n', sent);
        var at = 0;
        var form = ReportForm();
        while (at < sent.Length)
        {
            var match = form.Match(sent, at);
            Assert.True(match.Success, $"not one of the emulator's reports at byte {at}: {Escape(sent[at..Math.Min(sent.Length, at + 60)])}");
            at += match.Length;
        }
        // The reports that must come do come (one round's worth each): the title is not among them.
        Assert.Equal(HostileQueries.Rounds, Count(connection.Traffic.Data, "\u001bP0$r\u001b\\"));
        await run.AssertHealthyAsync();
    }

    private static int Count(byte[] data, string text)
    {
        var needle = Encoding.Latin1.GetBytes(text);
        var count = 0;
        var span = data.AsSpan();
        for (var i = span.IndexOf(needle); i >= 0; i = span.IndexOf(needle))
        {
            count++;
            span = span[(i + needle.Length)..];
        }
        return count;
    }

    private static string Escape(string text) => text.Replace("\u001b", "\\e", StringComparison.Ordinal);
}
