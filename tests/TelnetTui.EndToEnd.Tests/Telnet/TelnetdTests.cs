using TelnetTui.Telnet.Connection;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.EndToEnd.Tests.Telnet;

/// <summary>Our client against inetutils telnetd (BSD-style negotiation) on loopback.</summary>
public class TelnetdTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BSD_negotiation_completes_refusing_what_we_do_not_do_and_ends_in_character_mode()
    {
        using var telnetd = Telnetd.Start();
        var records = new List<NegotiationRecord>();
        var changes = new List<OptionChange>();
        var options = new TelnetChannelOptions
        {
            BeforeStart = e =>
            {
                e.Recorded += r =>
                {
                    lock (records)
                        records.Add(r);
                };
                e.OptionChanged += c =>
                {
                    lock (changes)
                        changes.Add(c);
                };
            },
        };
        await using var client = await TelnetClient.ConnectAsync("127.0.0.1", telnetd.Port, options, Ct);
        await client.ReadUntilAsync("login: ", Wait, Ct);
        Assert.True(await client.WaitForNegotiationAsync(TimeSpan.Zero, Wait, Ct));

        string[] words;
        lock (records)
            words = records.Select(r => $"{(r.Direction == TelnetDirection.Sent ? "->" : "<-")} {r.Meaning}").ToArray();
        var log = string.Join("\n", words);
        // Authentication, encryption, X display, the old ENVIRON, LINEMODE and flow control are refused once each.
        foreach (var refusal in new[] { "-> DONT AUTHENTICATION", "-> DONT ENCRYPT", "-> WONT XDISPLOC", "-> WONT ENVIRON", "-> WONT LINEMODE", "-> WONT LFLOW" })
            Assert.Single(words, refusal);
        // What it asks of us is answered.
        Assert.Contains("-> SB TTYPE IS \"TELNETTUI\"", words);
        Assert.Contains("-> SB TSPEED IS \"38400,38400\"", words);
        Assert.Contains("-> SB NAWS 80x24", words);
        Assert.Contains(words, w => w.StartsWith("-> SB NEW-ENVIRON IS VAR \"CLIENT_NAME\"", StringComparison.Ordinal));
        // Its TIMING-MARK probe is answered (RFC 860), without turning the option on.
        Assert.Contains("-> WILL TIMING-MARK", words);
        Assert.False(client.Query(e => e.IsEnabled(TelnetSide.Local, TelnetOption.TimingMark)));
        // The host echoes: the app's character/password mode switch hangs on this change.
        Assert.True(client.Query(e => e.IsEnabled(TelnetSide.Remote, TelnetOption.Echo)), log);
        lock (changes)
            Assert.Contains(new OptionChange(TelnetOption.Echo, TelnetSide.Remote, true), changes);
        // Nothing was negotiated twice in the same direction without a change in between (no loops).
        Assert.True(words.Length < 80, log);
    }

    [Fact]
    public async Task A_login_dialogue_works_and_the_password_is_not_echoed_back()
    {
        using var telnetd = Telnetd.Start();
        await using var client = await TelnetClient.ConnectAsync("127.0.0.1", telnetd.Port, cancellationToken: Ct);
        await client.ReadUntilAsync("login: ", Wait, Ct);
        await client.WriteLineAsync("bob");
        var echoed = await client.ReadUntilAsync("Password: ", Wait, Ct);
        Assert.Contains("bob", echoed);
        await client.WriteLineAsync("s3cret!");
        var welcome = await client.ReadUntilAsync("$ ", Wait, Ct);
        Assert.Contains("Welcome bob (password of 7 characters)", welcome);
        Assert.DoesNotContain("s3cret", welcome);
        // By now telnetd has switched to its kludge line mode (WONT SGA): the line still arrives whole.
        await client.WriteLineAsync("ls -l");
        var answer = await client.ExpectAsync([new System.Text.RegularExpressions.Regex(@"you typed: \[(.*)\]")], Wait, Ct);
        Assert.Equal("ls -l", answer.Match!.Groups[1].Value);
        // The login program ends, telnetd closes: the end of stream is reported.
        Assert.Equal("", await client.ReadLineAsync(Wait, Ct));
        Assert.Null(await client.ReadLineAsync(Wait, Ct));
        Assert.Equal("the host closed the connection", client.CloseReason);
    }
}
