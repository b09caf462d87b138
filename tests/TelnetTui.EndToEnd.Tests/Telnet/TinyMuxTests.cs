using System.Text.RegularExpressions;
using TelnetTui.Telnet.Connection;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.EndToEnd.Tests.Telnet;

/// <summary>
/// Our client engine against a real tinymux on loopback. tinymux offers EOR, SGA, TTYPE, NAWS,
/// NEW-ENVIRON and CHARSET, and its <c>think [width(me)]x[height(me)]</c> and <c>think [terminfo(me)]</c>
/// report what it received.
/// </summary>
public class TinyMuxTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tinymux_receives_our_window_size_and_terminal_type_and_each_resize()
    {
        using var mux = TinyMux.Start();
        var options = new TelnetChannelOptions { Settings = new TelnetSettings { InitialColumns = 123, InitialRows = 45 } };
        await using var client = await TelnetClient.ConnectAsync("127.0.0.1", mux.Port, options, Ct);
        Assert.True(await client.WaitForNegotiationAsync(TimeSpan.FromMilliseconds(300), Wait, Ct));
        await LogInAsync(client);

        Assert.Equal("123x45", await ThinkAsync(client, "[width(me)]x[height(me)]"));
        var terminfo = await ThinkAsync(client, "[terminfo(me)]");
        Assert.StartsWith("TELNETTUI", terminfo, StringComparison.Ordinal);

        await client.SendAsync(e => e.SetWindowSize(100, 30));
        Assert.Equal("100x30", await ThinkAsync(client, "[width(me)]x[height(me)]"));
        await client.SendAsync(e => e.SetWindowSize(300, 70));
        Assert.Equal("300x70", await ThinkAsync(client, "[width(me)]x[height(me)]"));
    }

    [Fact]
    public async Task Every_offer_is_answered_once_the_states_agree_and_CHARSET_settles_on_UTF8()
    {
        using var mux = TinyMux.Start();
        var records = new List<NegotiationRecord>();
        var options = new TelnetChannelOptions();
        options.Settings.Policy.Set(TelnetOption.EndOfRecord, TelnetSide.Local, OptionPolicy.Refuse);
        options.BeforeStart = engine => engine.Recorded += r =>
        {
            lock (records)
                records.Add(r);
        };
        await using var client = await TelnetClient.ConnectAsync("127.0.0.1", mux.Port, options, Ct);
        Assert.True(await client.WaitForNegotiationAsync(TimeSpan.FromMilliseconds(500), Wait, Ct));
        await LogInAsync(client);

        NegotiationRecord[] all;
        lock (records)
            all = [.. records];
        var received = all.Where(r => r.Direction == TelnetDirection.Received && r.Kind == RecordKind.Negotiation).ToList();
        var sent = all.Where(r => r.Direction == TelnetDirection.Sent && r.Kind == RecordKind.Negotiation).ToList();
        // No loops: never more replies than requests, and nothing is asked twice.
        Assert.True(sent.Count <= received.Count, string.Join("\n", all.Select(r => r.ToString())));
        Assert.Equal(received.Count, received.Select(r => r.Meaning).Distinct().Count());

        var (local, remote) = client.Query(e => (
            new[] { TelnetOption.SuppressGoAhead, TelnetOption.TerminalType, TelnetOption.Naws, TelnetOption.NewEnviron, TelnetOption.Charset, TelnetOption.Binary }.All(o => e.IsEnabled(TelnetSide.Local, o)),
            new[] { TelnetOption.EndOfRecord, TelnetOption.Charset, TelnetOption.Binary }.All(o => e.IsEnabled(TelnetSide.Remote, o))));
        Assert.True(local && remote, string.Join("\n", all.Select(r => r.ToString())));
        Assert.False(client.Query(e => e.IsEnabled(TelnetSide.Local, TelnetOption.EndOfRecord)));
        Assert.Equal("UTF-8", client.Query(e => e.Charset));
        Assert.Contains(all, r => r.Meaning == "SB CHARSET ACCEPTED UTF-8");

        // With BINARY agreed and UTF-8 chosen, non-ASCII text survives the round trip.
        Assert.Equal("größe→✓", await ThinkAsync(client, "größe→✓"));
    }

    private static async Task LogInAsync(TelnetChannel client)
    {
        await client.WriteLineAsync("connect wizard potrzebie");
        var r = await client.ExpectAsync([new Regex(@"Last connect was from|Wizard has connected|MAIL:")], Wait, Ct);
        Assert.True(r.Index >= 0, "the wizard did not log in: " + r.Text);
    }

    /// <summary>Asks tinymux to evaluate <paramref name="expression"/> and returns its answer.</summary>
    private static async Task<string> ThinkAsync(TelnetChannel client, string expression)
    {
        var tag = "R" + Guid.NewGuid().ToString("N")[..8];
        await client.WriteLineAsync($"think {tag}=<{expression}>");
        var r = await client.ExpectAsync([new Regex(tag + "=<(.*)>")], Wait, Ct);
        Assert.True(r.Index == 0, $"no answer to think {expression}: {r.Text}");
        return r.Match!.Groups[1].Value;
    }
}
