using TelnetTui.Core.Input;
using TelnetTui.Core.Sessions;
using TelnetTui.Scripting.Host;
using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Runtime;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Scripting.Sessions;

/// <summary>
/// <see cref="IScriptHost"/> over a Core <see cref="Session"/>: what scripts send goes through the
/// session (the host's encoding and Enter key, local echo, log and capture), <c>echo</c> writes into
/// its terminal, <c>screen</c> reads its emulator. Output records go to <paramref name="log"/> (the
/// script pane, or stdout for the headless runner), echoed text also to <paramref name="echo"/>.
/// </summary>
public sealed class SessionScriptHost(Session session, TimeProvider clock, Action<ScriptOutput> log, Action<string>? echo = null) : IScriptHost
{
    private SessionScreen? _screen;

    public TimeProvider Clock => clock;

    public ScriptSessionInfo Session => new()
    {
        HostId = session.Host.Id,
        Host = session.Host.Host,
        Port = session.Host.Port,
        Tls = session.IsSecure,
        Connected = session.State is SessionState.Negotiating or SessionState.Online,
        Mode = session.Mode == InputMode.Character ? "character" : "line",
        Columns = session.Screen.Columns,
        Rows = session.Screen.Rows,
        Encoding = session.Encoding.Name,
        Options = session.GetOptionStates()
            .Where(o => o.State.Local.State == QState.Yes || o.State.Remote.State == QState.Yes)
            .Select(o => new ScriptOptionInfo(o.Name.ToLowerInvariant(), o.State.Local.State == QState.Yes, o.State.Remote.State == QState.Yes))
            .ToList(),
    };

    public IScriptScreen? Screen => _screen ??= new SessionScreen(session);

    public void Send(string line)
    {
        // Scripts' lines are not the user's typing: they stay out of the input history.
        if (!session.SendLine(line, remember: false))
            throw new ScriptApiException("send: not connected");
    }

    public void SendText(string text)
    {
        if (!session.SendText(text))
            throw new ScriptApiException("send_keys: not connected");
    }

    public void Echo(string text)
    {
        session.Echo(text);
        echo?.Invoke(text);
    }

    public void SendGmcp(string package, MudValue? data)
    {
        if (!session.SendGmcp(package, data))
            throw new ScriptApiException("gmcp.send: not connected, or the host has not agreed to GMCP");
    }

    public void SendMsdp(string variable, MudValue value)
    {
        if (!session.SendMsdp(variable, value))
            throw new ScriptApiException("msdp.send: not connected, or the host has not agreed to MSDP");
    }

    public void Log(ScriptOutput entry) => log(entry);
}
