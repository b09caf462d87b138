using System.Text;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Telnet.Options;

/// <summary>
/// GMCP: <c>Package.Message</c> then optional JSON, UTF-8. Client: when the server's GMCP is agreed we
/// send Core.Hello (client name and version) and Core.Supports.Set with the configured modules; each
/// received message becomes a <see cref="MudMessage"/> with its JSON parsed into a tree.
/// </summary>
internal sealed class GmcpOption(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.Gmcp)
{
    private TelnetSide OurSide => IsClient ? TelnetSide.Remote : TelnetSide.Local;

    public override void Enabled(TelnetSide side)
    {
        if (!IsClient || side != TelnetSide.Remote)
            return;
        var hello = MudValue.Object(("client", MudValue.String(Settings.ClientName)), ("version", MudValue.String(Settings.ClientVersion)));
        Send("Core.Hello", hello.ToJson());
        if (Settings.GmcpModules.Count > 0)
            SupportsChange("Core.Supports.Set", Settings.GmcpModules);
    }

    public void SupportsChange(string message, IEnumerable<string> modules)
        => Send(message, MudValue.Array(modules.Select(MudValue.String)).ToJson());

    public void Send(string message, string? json)
    {
        if (!IsEnabled(OurSide))
            throw new InvalidOperationException("GMCP is not enabled on this connection");
        if (string.IsNullOrWhiteSpace(message) || message.Contains(' '))
            throw new ArgumentException("a GMCP message name is Package.Message without spaces", nameof(message));
        var text = json is null ? message : message + " " + json;
        Send(System.Text.Encoding.UTF8.GetBytes(text));
    }

    public override void Received(ReadOnlySpan<byte> payload)
    {
        var space = payload.IndexOf((byte)' ');
        var name = System.Text.Encoding.UTF8.GetString(space < 0 ? payload : payload[..space]).Trim();
        var data = space < 0 ? [] : payload[(space + 1)..];
        if (data.Trim((byte)' ').IsEmpty)
        {
            Engine.RaiseMudMessage(new MudMessage(MudProtocol.Gmcp, name, MudValue.Null));
            return;
        }
        Engine.RaiseMudMessage(MudJson.TryParse(data, out var value, out var error)
            ? new MudMessage(MudProtocol.Gmcp, name, value)
            : new MudMessage(MudProtocol.Gmcp, name, MudValue.String(System.Text.Encoding.UTF8.GetString(data)), error));
    }

    public override string Describe(ReadOnlySpan<byte> payload) => "SB GMCP " + Meaning.Text(payload);
}
