using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Telnet.Options;

/// <summary>MSSP (MUD Server Status Protocol): the server's variables arrive as one <see cref="MudMessage"/> holding an object.</summary>
internal sealed class MsspOption(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.Mssp)
{
    public override void Received(ReadOnlySpan<byte> payload)
    {
        // An empty SB MSSP carries nothing to report.
        if (payload.IsEmpty)
            return;
        Engine.RaiseMudMessage(MsspCodec.TryParse(payload, out var value, out var error)
            ? new MudMessage(MudProtocol.Mssp, "", value)
            : new MudMessage(MudProtocol.Mssp, "", MudValue.String(Meaning.Text(payload)), error));
    }

    public override string Describe(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty)
            return "SB MSSP (empty)";
        if (!MsspCodec.TryParse(payload, out var value, out var error))
            return $"SB MSSP malformed ({error}): {Meaning.Hex(payload)}";
        var json = value.ToJson();
        return "SB MSSP " + (json.Length <= Meaning.MaxTextLength ? json : json[..Meaning.MaxTextLength] + "…");
    }
}
