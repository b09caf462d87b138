using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Runtime;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Scripting.Host;

/// <summary>
/// A host with no connection (the console before connecting, <c>telnettui run SCRIPT</c> without a
/// host): scripts compute, log and wait on timers; anything that needs the host is an error.
/// </summary>
public sealed class OfflineScriptHost(TimeProvider clock, Action<ScriptOutput> log, Action<string>? echo = null) : IScriptHost
{
    public TimeProvider Clock => clock;

    public ScriptSessionInfo Session => ScriptSessionInfo.Disconnected;

    public IScriptScreen? Screen => null;

    public void Send(string line) => throw new ScriptApiException("send: not connected");

    public void SendText(string text) => throw new ScriptApiException("send_keys: not connected");

    public void Echo(string text) => echo?.Invoke(text);

    public void SendGmcp(string package, MudValue? data) => throw new ScriptApiException("gmcp.send: not connected");

    public void SendMsdp(string variable, MudValue value) => throw new ScriptApiException("msdp.send: not connected");

    public void Log(ScriptOutput entry) => log(entry);
}
