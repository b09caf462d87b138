using System.Text;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Lab;

/// <summary>
/// The option table as text: each option's RFC 1143 state on the server's side (what the server does:
/// WILL) and on the client's (what the server asked the client to do: DO). Lists the options the demo
/// uses and any other that is not plain NO on both sides.
/// </summary>
internal static class OptionTable
{
    private static readonly byte[] Usual =
    [
        TelnetOption.Binary, TelnetOption.Echo, TelnetOption.SuppressGoAhead, TelnetOption.Status, TelnetOption.TimingMark,
        TelnetOption.TerminalType, TelnetOption.EndOfRecord, TelnetOption.Naws, TelnetOption.NewEnviron, TelnetOption.Charset,
        TelnetOption.Msdp, TelnetOption.Mssp, TelnetOption.Mccp2, TelnetOption.Mccp3, TelnetOption.Gmcp,
    ];

    public static string Render(TelnetEngine engine)
    {
        var sb = new StringBuilder();
        sb.Append("  option        code  server (WILL)    client (DO)\r\n");
        sb.Append("  ------------  ----  ---------------  ---------------\r\n");
        for (var i = 0; i < 256; i++)
        {
            var option = (byte)i;
            var state = engine.GetState(option);
            var usual = Array.IndexOf(Usual, option) >= 0;
            if (!usual && state.Local.State == QState.No && state.Remote.State == QState.No)
                continue;
            sb.Append("  ").Append(TelnetOption.Name(option).PadRight(12)).Append("  ").Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(4))
                .Append("  ").Append(Show(state.Local).PadRight(15)).Append("  ").Append(Show(state.Remote)).Append("\r\n");
        }
        sb.Append("  prompts end in ").Append(engine.IsEnabled(TelnetSide.Local, TelnetOption.EndOfRecord) ? "IAC EOR" : "IAC GA")
            .Append("; charset ").Append(engine.Charset)
            .Append(engine.IsSendCompressed ? "; output compressed (MCCP2)" : "").Append("\r\n");
        return sb.ToString();
    }

    private static string Show(OptionSideState state) => state.IsEnabled ? "YES (on)" : state.ToString();
}
