using System.Globalization;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Sending;

namespace TelnetTui.Telnet.Tests.Infrastructure;

/// <summary>An engine wired to a <see cref="Transcript"/>, built from a vector's settings.</summary>
public sealed class EngineHarness
{
    public EngineHarness(TelnetSettings settings, TimeProvider? clock = null)
    {
        Engine = new TelnetEngine(settings, clock);
        Engine.DataReceived += data => Transcript.Data(data);
        Engine.PromptReceived += mark => Transcript.Add("prompt " + (mark == PromptMark.GoAhead ? "GA" : "EOR"));
        Engine.CommandReceived += c => Transcript.Add("cmd " + TelnetCommand.Name(c));
        Engine.OptionChanged += c => Transcript.Add($"{(c.Enabled ? "on" : "off")} {(c.Side == TelnetSide.Local ? "LOCAL" : "REMOTE")} {TelnetOption.Name(c.Option)}");
        Engine.CharsetAgreed += name => Transcript.Add("charset " + name);
        Engine.MudMessageReceived += m => Transcript.Add($"mud {m.Protocol.ToString().ToUpperInvariant()} {(m.Name.Length == 0 ? "-" : m.Name)} {m.Value.ToJson()}");
        Engine.WindowSizeReceived += s => Transcript.Add("window " + s);
        Engine.TerminalTypeReceived += t => Transcript.Add("ttype " + t);
        Engine.TimingMarkReceived += will => Transcript.Add("tm " + (will ? "WILL" : "WONT"));
        Engine.Recorded += r => Records.Add(r);
    }

    public TelnetEngine Engine { get; }

    public Transcript Transcript { get; } = new();

    public List<NegotiationRecord> Records { get; } = [];

    /// <summary>Output collected so far (taken from the engine after each call).</summary>
    public List<byte> Output { get; } = [];

    public void Receive(ReadOnlySpan<byte> bytes)
    {
        Engine.Receive(bytes);
        TakeOutput();
    }

    public void TakeOutput() => Output.AddRange(Engine.TakeOutput());

    public static TelnetSettings SettingsFor(VectorFile vector)
    {
        var server = vector.Get("role") is { } r && r[1] == "server";
        var s = new TelnetSettings
        {
            Role = server ? TelnetRole.Server : TelnetRole.Client,
            Policy = server ? NegotiationPolicy.ForServer() : NegotiationPolicy.ForClient(),
            Reacknowledge = vector.Has("reacknowledge"),
            ForceBinary = vector.Has("force-binary"),
            RequestCharset = vector.Has("request-charset"),
        };
        foreach (var setting in vector.Settings)
        {
            switch (setting[0])
            {
                case "mccp":
                    s.Mccp = setting[1] != "off";
                    break;
                case "size":
                    var parts = setting[1].Split('x');
                    s.InitialColumns = int.Parse(parts[0], CultureInfo.InvariantCulture);
                    s.InitialRows = int.Parse(parts[1], CultureInfo.InvariantCulture);
                    break;
                case "enter":
                    s.EnterKey = setting[1] switch
                    {
                        "crlf" => EnterKeyMode.CrLf,
                        "crnul" => EnterKeyMode.CrNul,
                        "cr" => EnterKeyMode.Cr,
                        _ => EnterKeyMode.Lf,
                    };
                    break;
                case "charsets":
                    s.Charsets = [.. setting[1].Split(',')];
                    break;
                case "policy":
                    s.Policy.Set(ByteTokens.Option(setting[2]), setting[1] == "local" ? TelnetSide.Local : TelnetSide.Remote,
                        Enum.Parse<OptionPolicy>(setting[3], ignoreCase: true));
                    break;
            }
        }
        return s;
    }
}
