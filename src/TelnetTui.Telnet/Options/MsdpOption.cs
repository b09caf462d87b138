using System.Text;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Telnet.Options;

/// <summary>MSDP (MUD Server Data Protocol): each top-level variable arrives as one <see cref="MudMessage"/> whose value is a tree.</summary>
internal sealed class MsdpOption(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.Msdp)
{
    public override void Received(ReadOnlySpan<byte> payload)
    {
        if (MsdpCodec.TryParse(payload, out var variables, out var error))
        {
            foreach (var (name, value) in variables)
                Engine.RaiseMudMessage(new MudMessage(MudProtocol.Msdp, name, value));
        }
        else
        {
            Engine.RaiseMudMessage(new MudMessage(MudProtocol.Msdp, "", MudValue.String(Meaning.Text(payload)), error));
        }
    }

    public override string Describe(ReadOnlySpan<byte> payload)
    {
        if (!MsdpCodec.TryParse(payload, out var variables, out var error))
            return $"SB MSDP malformed ({error}): {Meaning.Hex(payload)}";
        var sb = new StringBuilder("SB MSDP");
        foreach (var (name, value) in variables)
            sb.Append(' ').Append(name).Append(' ').Append(value.ToJson());
        return Cut(sb.ToString());
    }

    private static string Cut(string s) => s.Length <= Meaning.MaxTextLength ? s : s[..Meaning.MaxTextLength] + "…";
}
