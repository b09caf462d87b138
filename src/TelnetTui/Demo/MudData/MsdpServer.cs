using System.Globalization;
using TelnetTui.Demo.Sessions;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Demo.MudData;

/// <summary>
/// The server side of MSDP for one session (MUD Server Data Protocol, tintin.mudhalla.net/protocols/msdp):
/// answers LIST (COMMANDS, LISTS, SENDABLE_VARIABLES, REPORTABLE_VARIABLES, REPORTED_VARIABLES), SEND,
/// REPORT (the value now, then again whenever it changes), UNREPORT and RESET. Unknown variables and lists
/// are ignored, as the protocol asks. Values come from <see cref="Source"/> (the MUD's player) and the server.
/// </summary>
internal sealed class MsdpServer(DemoSession session)
{
    public static readonly string[] Commands = ["LIST", "REPORT", "RESET", "SEND", "UNREPORT"];

    public static readonly string[] Lists = ["COMMANDS", "LISTS", "SENDABLE_VARIABLES", "REPORTABLE_VARIABLES", "REPORTED_VARIABLES"];

    /// <summary>Every variable the demo knows; all can be sent and reported.</summary>
    public static readonly string[] Variables =
    [
        "CHARACTER_NAME", "HEALTH", "HEALTH_MAX", "MANA", "MANA_MAX", "MOVEMENT", "MOVEMENT_MAX",
        "ROOM_NAME", "ROOM_VNUM", "ROOM_AREA", "ROOM_EXITS", "WORLD_TIME", "SERVER_ID", "SERVER_TIME", "UPTIME",
    ];

    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _lastSent = new(StringComparer.Ordinal);

    /// <summary>Where player and room values come from; null outside the MUD (only server variables then).</summary>
    public IMsdpSource? Source { get; set; }

    public async Task HandleAsync(MudMessage message)
    {
        // A name asked for twice is answered once (no amplifying a long request).
        IEnumerable<MudValue> args = (message.Value.Kind == MudValueKind.Array ? message.Value.Items : [message.Value]).Distinct();
        switch (message.Name)
        {
            case "LIST":
                foreach (var arg in args)
                {
                    if (ListValue(arg.AsString) is { } list)
                        await SendAsync(arg.AsString!, list).ConfigureAwait(false);
                }
                break;
            case "SEND":
                foreach (var arg in args)
                    await SendVariableAsync(arg.AsString).ConfigureAwait(false);
                break;
            case "REPORT":
                foreach (var arg in args)
                {
                    if (arg.AsString is { } name && Array.IndexOf(Variables, name) >= 0)
                    {
                        _reported.Add(name);
                        await SendVariableAsync(name).ConfigureAwait(false);
                    }
                }
                break;
            case "UNREPORT":
                foreach (var arg in args)
                {
                    if (arg.AsString is { } name)
                    {
                        _reported.Remove(name);
                        _lastSent.Remove(name);
                    }
                }
                break;
            case "RESET":
                if (args.Any(a => a.AsString is "REPORTABLE_VARIABLES" or "REPORTED_VARIABLES"))
                {
                    _reported.Clear();
                    _lastSent.Clear();
                }
                break;
        }
    }

    /// <summary>Sends every reported variable whose value changed since it was last sent.</summary>
    public async Task ReportChangesAsync()
    {
        foreach (var name in _reported.ToArray())
        {
            var value = Value(name);
            if (value is null)
                continue;
            var json = value.ToJson();
            if (_lastSent.TryGetValue(name, out var last) && last == json)
                continue;
            await SendAsync(name, value).ConfigureAwait(false);
        }
    }

    /// <summary>The current value of a variable, or null when it has none now.</summary>
    public MudValue? Value(string name)
    {
        if (Source?.Get(name) is { } value)
            return value;
        var context = session.Context;
        return name switch
        {
            "SERVER_ID" => MudValue.String(MsspInfo.Name),
            "SERVER_TIME" => MudValue.String(context.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            "UPTIME" => MudValue.String(context.StartedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            _ => null,
        };
    }

    private MudValue? ListValue(string? list) => list switch
    {
        "COMMANDS" => Strings(Commands),
        "LISTS" => Strings(Lists),
        "SENDABLE_VARIABLES" or "REPORTABLE_VARIABLES" => Strings(Variables),
        "REPORTED_VARIABLES" => Strings(_reported.Order(StringComparer.Ordinal)),
        _ => null,
    };

    private static MudValue Strings(IEnumerable<string> items) => MudValue.Array(items.Select(MudValue.String));

    private Task SendVariableAsync(string? name)
        => name is not null && Value(name) is { } value ? SendAsync(name, value) : Task.CompletedTask;

    private Task SendAsync(string name, MudValue value)
    {
        if (!session.IsEnabled(TelnetSide.Local, TelnetOption.Msdp))
            return Task.CompletedTask;
        _lastSent[name] = value.ToJson();
        return session.SendAsync(e =>
        {
            if (e.IsEnabled(TelnetSide.Local, TelnetOption.Msdp))
                e.SendMsdp(name, value);
        });
    }
}
