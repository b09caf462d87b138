using System.Globalization;
using System.Text;
using TelnetTui.Demo.Sessions;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Demo.Lab;

/// <summary>
/// The negotiation lab: line-mode commands that make the server negotiate (ECHO, SGA, BINARY, EOR, MCCP2,
/// GMCP, MSDP, MSSP, NAWS, TTYPE, CHARSET, TIMING-MARK, or any WILL/WONT/DO/DONT), send GMCP and MSDP
/// samples, and print the option table, while every negotiation both ways is printed as it happens, so
/// a user can compare with the client's inspector. While the server has WILL ECHO the lab echoes what
/// is typed, as RFC 857 expects of the side that agreed to echo.
/// </summary>
internal sealed class LabArea
{
    private const string Prompt = "lab> ";
    private static readonly string[] DefaultCharsets = ["UTF-8", "ISO-8859-1"];

    private readonly DemoSession _session;
    private string[]? _pendingCharsets;

    private LabArea(DemoSession session) => _session = session;

    public static async Task<AreaExit> RunAsync(DemoSession session)
    {
        session.Inbox.CollectRecords = true;
        try
        {
            return await new LabArea(session).LoopAsync().ConfigureAwait(false);
        }
        finally
        {
            session.Inbox.CollectRecords = false;
        }
    }

    private async Task<AreaExit> LoopAsync()
    {
        _session.Mode = InputMode.Lines;
        UpdateEcho();
        await _session.WriteAsync("\r\n\x1b[1;36mNegotiation lab\x1b[0m: every telnet negotiation is printed as it happens (-> sent, <- received).\r\n" + LabHelp.Text).ConfigureAwait(false);
        await _session.PromptAsync(Prompt).ConfigureAwait(false);
        var promptDue = false;
        while (true)
        {
            // After printed negotiations, wait a moment for the rest of the exchange before showing the prompt again.
            var input = await _session.NextAsync(promptDue ? TimeSpan.FromMilliseconds(60) : Timeout.InfiniteTimeSpan).ConfigureAwait(false);
            switch (input.Kind)
            {
                case SessionInputKind.Timeout:
                    promptDue = false;
                    await _session.PromptAsync(Prompt).ConfigureAwait(false);
                    break;
                case SessionInputKind.Line when input.Line.TooLong:
                    await _session.WriteAsync($"\x1b[1;31mThat line is too long (at most {_session.Context.Options.MaxLineLength} characters).\x1b[0m\r\n").ConfigureAwait(false);
                    promptDue = true;
                    break;
                case SessionInputKind.Line:
                    if (await RunCommandAsync(input.Line.Text).ConfigureAwait(false))
                        return AreaExit.Lobby;
                    UpdateEcho();
                    promptDue = true;
                    break;
                case SessionInputKind.Event:
                    if (await ShowEventAsync(input.Event!).ConfigureAwait(false))
                        promptDue = true;
                    break;
            }
        }
    }

    private void UpdateEcho() => _session.EchoTyped = _session.IsEnabled(TelnetSide.Local, TelnetOption.Echo);

    /// <summary>Runs one command; true to leave the lab.</summary>
    private async Task<bool> RunCommandAsync(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
            return false;
        var command = words[0].ToLowerInvariant();
        var argument = words.Length > 1 ? words[1].ToLowerInvariant() : "";
        switch (command)
        {
            case "back" or "quit" or "menu":
                return true;
            case "help" or "?":
                await SayAsync(LabHelp.Text).ConfigureAwait(false);
                break;
            case "options" or "status" or "table":
                await SayAsync(_session.Query(OptionTable.Render)).ConfigureAwait(false);
                break;
            case "echo":
                await ToggleAsync(argument, "the server echoes what you type (RFC 857); with SGA that is character mode", (TelnetSide.Local, TelnetOption.Echo)).ConfigureAwait(false);
                break;
            case "sga":
                await ToggleAsync(argument, "no GA after output (RFC 858)", (TelnetSide.Local, TelnetOption.SuppressGoAhead)).ConfigureAwait(false);
                break;
            case "binary":
                await ToggleAsync(argument, "8-bit data both ways, no CR NUL (RFC 856)", (TelnetSide.Local, TelnetOption.Binary), (TelnetSide.Remote, TelnetOption.Binary)).ConfigureAwait(false);
                break;
            case "eor":
                await ToggleAsync(argument, "prompts end in IAC EOR instead of IAC GA (RFC 885)", (TelnetSide.Local, TelnetOption.EndOfRecord)).ConfigureAwait(false);
                break;
            case "mccp" or "mccp2":
                await ToggleAsync(argument, "the server compresses what it sends (MCCP2)", (TelnetSide.Local, TelnetOption.Mccp2)).ConfigureAwait(false);
                break;
            case "gmcp" when argument.Length == 0:
                await SendGmcpSamplesAsync().ConfigureAwait(false);
                break;
            case "gmcp":
                await ToggleAsync(argument, "GMCP messages", (TelnetSide.Local, TelnetOption.Gmcp)).ConfigureAwait(false);
                break;
            case "msdp" when argument.Length == 0:
                await SendMsdpSamplesAsync().ConfigureAwait(false);
                break;
            case "msdp":
                await ToggleAsync(argument, "MSDP variables", (TelnetSide.Local, TelnetOption.Msdp)).ConfigureAwait(false);
                break;
            case "mssp":
                await MsspAsync().ConfigureAwait(false);
                break;
            case "naws":
                await NawsAsync(argument).ConfigureAwait(false);
                break;
            case "ttype":
                await TerminalTypeAsync().ConfigureAwait(false);
                break;
            case "charset":
                await CharsetAsync(words.Length > 1 ? words[1..] : DefaultCharsets).ConfigureAwait(false);
                break;
            case "timing":
                await SayAsync("Sending DO TIMING-MARK (RFC 860): the answer comes after everything you sent before it.").ConfigureAwait(false);
                await _session.SendAsync(e => e.RequestTimingMark()).ConfigureAwait(false);
                break;
            case "will" or "wont" or "do" or "dont":
                await RawAsync(command, words.Length > 1 ? words[1] : "").ConfigureAwait(false);
                break;
            default:
                await SayAsync($"Unknown lab command '{Mud.MudCommands.Clean(words[0])}'. Type help.").ConfigureAwait(false);
                break;
        }
        return false;
    }

    private Task SayAsync(string text) => _session.WriteAsync(text.EndsWith('\n') ? text : text + "\r\n");

    private async Task ToggleAsync(string argument, string what, params (TelnetSide Side, byte Option)[] targets)
    {
        if (argument is not ("on" or "off"))
        {
            var states = string.Join(", ", targets.Select(t => $"{(t.Side == TelnetSide.Local ? "server" : "client")} {_session.Query(e => e.GetState(t.Side, t.Option))}"));
            await SayAsync($"{TelnetOption.Name(targets[0].Option)} is {states}. Say 'on' or 'off'.").ConfigureAwait(false);
            return;
        }
        var enable = argument == "on";
        foreach (var (side, option) in targets)
        {
            string? error = null;
            await _session.SendAsync(e => _ = enable ? e.RequestEnable(side, option, out error) : e.RequestDisable(side, option, out error)).ConfigureAwait(false);
            var verb = (side, enable) switch
            {
                (TelnetSide.Local, true) => "WILL",
                (TelnetSide.Local, false) => "WONT",
                (_, true) => "DO",
                _ => "DONT",
            };
            await SayAsync(error is null
                ? $"Asking {verb} {TelnetOption.Name(option)}: {what}."
                : $"No {verb} {TelnetOption.Name(option)} sent: {error} (RFC 1143 never repeats a request).").ConfigureAwait(false);
        }
    }

    private async Task RawAsync(string verb, string name)
    {
        if (OptionNames.Parse(name) is not { } option)
        {
            await SayAsync($"Usage: {verb} OPTION (a name such as ECHO, NAWS, GMCP, or a number 0-255).").ConfigureAwait(false);
            return;
        }
        var side = verb is "will" or "wont" ? TelnetSide.Local : TelnetSide.Remote;
        var enable = verb is "will" or "do";
        string? error = null;
        await _session.SendAsync(e => _ = enable ? e.RequestEnable(side, option, out error) : e.RequestDisable(side, option, out error)).ConfigureAwait(false);
        if (error is not null)
            await SayAsync($"Nothing sent: {error} (RFC 1143).").ConfigureAwait(false);
    }

    private async Task NawsAsync(string argument)
    {
        var on = _session.IsEnabled(TelnetSide.Remote, TelnetOption.Naws);
        if (argument == "off")
        {
            await ToggleAsync("off", "no more window size reports", (TelnetSide.Remote, TelnetOption.Naws)).ConfigureAwait(false);
            return;
        }
        if (on)
        {
            // RFC 1143: DO for an option already on is not sent, so turn it off and on again (the Q method queues the DO).
            await SayAsync("NAWS is on: sending DONT NAWS then DO NAWS, so the client reports its size again (RFC 1073).").ConfigureAwait(false);
            await _session.SendAsync(e =>
            {
                e.RequestDisable(TelnetSide.Remote, TelnetOption.Naws);
                e.RequestEnable(TelnetSide.Remote, TelnetOption.Naws);
            }).ConfigureAwait(false);
        }
        else
        {
            await ToggleAsync("on", "the client reports its window size (RFC 1073)", (TelnetSide.Remote, TelnetOption.Naws)).ConfigureAwait(false);
        }
    }

    private async Task TerminalTypeAsync()
    {
        await SayAsync(_session.IsEnabled(TelnetSide.Remote, TelnetOption.TerminalType)
            ? "Sending DONT TTYPE then DO TTYPE: an MTTS client starts its cycle again (name, terminal, MTTS bits), RFC 1091."
            : "Sending DO TTYPE: the client reports its terminal types (RFC 1091).").ConfigureAwait(false);
        await _session.RestartTerminalTypesAsync().ConfigureAwait(false);
    }

    private async Task CharsetAsync(string[] names)
    {
        var agreed = _session.Query(e => e.IsEnabled(TelnetSide.Local, TelnetOption.Charset) || e.IsEnabled(TelnetSide.Remote, TelnetOption.Charset));
        if (agreed)
        {
            await SayAsync($"Sending CHARSET REQUEST {string.Join(' ', names)} (RFC 2066).").ConfigureAwait(false);
            await _session.SendAsync(e => RequestCharset(e, names)).ConfigureAwait(false);
            return;
        }
        _pendingCharsets = names;
        await SayAsync("CHARSET is not agreed yet: sending WILL CHARSET first; the REQUEST follows when the client agrees.").ConfigureAwait(false);
        await _session.RequestAsync(TelnetSide.Local, TelnetOption.Charset, enable: true).ConfigureAwait(false);
    }

    /// <summary>CHARSET REQUEST, unless the client turned CHARSET off meanwhile (the engine refuses a request then).</summary>
    private static void RequestCharset(TelnetEngine engine, string[] names)
    {
        if (engine.IsEnabled(TelnetSide.Local, TelnetOption.Charset) || engine.IsEnabled(TelnetSide.Remote, TelnetOption.Charset))
            engine.RequestCharset(names);
    }

    private async Task MsspAsync()
    {
        if (_session.IsEnabled(TelnetSide.Local, TelnetOption.Mssp))
        {
            await SayAsync("Sending the MSSP variables again.").ConfigureAwait(false);
            await _session.SendAsync(e => e.SendMssp(MudData.MsspInfo.Variables(_session.Context))).ConfigureAwait(false);
        }
        else
        {
            await ToggleAsync("on", "server status for MUD lists (MSSP; sent when agreed)", (TelnetSide.Local, TelnetOption.Mssp)).ConfigureAwait(false);
        }
    }

    private async Task SendGmcpSamplesAsync()
    {
        if (!_session.IsEnabled(TelnetSide.Local, TelnetOption.Gmcp))
        {
            await SayAsync("GMCP is off; 'gmcp on' asks for it.").ConfigureAwait(false);
            return;
        }
        await SayAsync("Sending sample GMCP: Char.Vitals, Room.Info, Comm.Channel.Text, Char.Items.List.").ConfigureAwait(false);
        var world = _session.Context.Assets.World;
        await _session.SendAsync(e =>
        {
            if (!e.IsEnabled(TelnetSide.Local, TelnetOption.Gmcp))
                return;
            e.SendGmcp("Char.Vitals", Mud.MudGmcp.CharVitals(Mud.Vitals.Fresh with { Hp = 42 }));
            e.SendGmcp("Room.Info", Mud.MudGmcp.RoomInfo(world.Start, world));
            e.SendGmcp("Comm.Channel.Text", Mud.MudGmcp.ChannelText("gossip", "Zoë", "Zoë gossips, '月葉茶館 has crème brûlée today'"));
            e.SendGmcp("Char.Items.List", MudValue.Object(("location", MudValue.String("inv")), ("items", MudValue.Array(
                MudValue.Object(("id", MudValue.String("1")), ("name", MudValue.String("a brass lantern"))),
                MudValue.Object(("id", MudValue.String("2")), ("name", MudValue.String("a cracked teacup")))))));
        }).ConfigureAwait(false);
    }

    private async Task SendMsdpSamplesAsync()
    {
        if (!_session.IsEnabled(TelnetSide.Local, TelnetOption.Msdp))
        {
            await SayAsync("MSDP is off; 'msdp on' asks for it.").ConfigureAwait(false);
            return;
        }
        await SayAsync("Sending sample MSDP: SERVER_ID (a string), ROOM (a table) and AFFECTS (an array).").ConfigureAwait(false);
        var world = _session.Context.Assets.World;
        var room = world.Start;
        await _session.SendAsync(e =>
        {
            if (!e.IsEnabled(TelnetSide.Local, TelnetOption.Msdp))
                return;
            e.SendMsdp("SERVER_ID", MudValue.String(MudData.MsspInfo.Name));
            e.SendMsdp("ROOM", MudValue.Object(
                ("VNUM", MudValue.String(room.Vnum.ToString(CultureInfo.InvariantCulture))),
                ("NAME", MudValue.String(room.Name)),
                ("EXITS", MudValue.Object(room.Exits.Select(x => KeyValuePair.Create(Mud.MudDirection.Short(x.Direction), MudValue.String(world.Room(x.Target).Vnum.ToString(CultureInfo.InvariantCulture))))))));
            e.SendMsdp("AFFECTS", MudValue.Array(MudValue.String("lantern-lit"), MudValue.String("well-rested")));
        }).ConfigureAwait(false);
    }

    /// <summary>Prints what an event says for the lab; true when something was printed.</summary>
    private async Task<bool> ShowEventAsync(DemoEvent e)
    {
        switch (e)
        {
            case NegotiationSeen seen:
                await _session.WriteAsync(Describe(seen.Record)).ConfigureAwait(false);
                return true;
            case OptionToggled { Change.Option: TelnetOption.Echo }:
                UpdateEcho();
                return false;
            case OptionToggled { Change: { Option: TelnetOption.Charset, Enabled: true } } when _pendingCharsets is { } names:
                _pendingCharsets = null;
                await _session.SendAsync(e => RequestCharset(e, names)).ConfigureAwait(false);
                return false;
            case CharsetChosen chosen:
                await SayAsync($"  CHARSET agreed on {chosen.Name}: the lab now sends text as {_session.TextEncoding.WebName}.").ConfigureAwait(false);
                return true;
            case TimingMarkAnswered answer:
                await SayAsync($"  TIMING-MARK answered with {(answer.Will ? "WILL" : "WONT")}: everything sent before it was processed (RFC 860).").ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private static string Describe(NegotiationRecord record)
    {
        var sb = new StringBuilder(record.Direction == TelnetDirection.Received ? "\x1b[1;32m  <- " : "\x1b[1;34m  -> ");
        sb.Append(record.Meaning).Append("\x1b[0m");
        if (record.StateAfter is { } state)
            sb.Append("\x1b[1;30m  [server ").Append(state.Local).Append(", client ").Append(state.Remote).Append("]\x1b[0m");
        return sb.Append("\r\n").ToString();
    }
}
