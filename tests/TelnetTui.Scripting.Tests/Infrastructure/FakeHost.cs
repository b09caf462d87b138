using TelnetTui.Scripting.Host;
using TelnetTui.Scripting.Pane;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Scripting.Tests.Infrastructure;

/// <summary>Records what scripts make the session do.</summary>
public sealed class FakeHost : IScriptHost
{
    public FakeClock FakeClock { get; } = new();

    public TimeProvider Clock => FakeClock;

    public ScriptSessionInfo Session { get; set; } = new()
    {
        HostId = "demo-mud",
        Host = "127.0.0.1",
        Port = 4000,
        Connected = true,
        Mode = "line",
        Columns = 120,
        Rows = 40,
        Encoding = "utf-8",
        Options = [new ScriptOptionInfo("gmcp", false, true), new ScriptOptionInfo("naws", true, false)],
    };

    public IScriptScreen? Screen { get; set; }

    public List<string> Sent { get; } = [];

    public List<string> Echoed { get; } = [];

    public List<(string Package, string? Json)> Gmcp { get; } = [];

    public List<(string Variable, string Json)> Msdp { get; } = [];

    public List<ScriptOutput> Logged { get; } = [];

    public IEnumerable<ScriptOutput> Errors => Logged.Where(l => l.Kind == ScriptOutputKind.Error);

    public IEnumerable<string> LogTexts => Logged.Where(l => l.Kind == ScriptOutputKind.Log).Select(l => l.Text);

    public void Send(string line) => Sent.Add(line);

    public List<string> Keys { get; } = [];

    public void SendText(string text) => Keys.Add(text);

    public void Echo(string text) => Echoed.Add(text);

    public void SendGmcp(string package, MudValue? data) => Gmcp.Add((package, data?.ToJson()));

    public void SendMsdp(string variable, MudValue value) => Msdp.Add((variable, value.ToJson()));

    public void Log(ScriptOutput entry) => Logged.Add(entry);
}
