using System.Globalization;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Options;

/// <summary>
/// TERMINAL-TYPE (RFC 1091) with the MUD Terminal Type Standard. Client: each SEND gets the next name of
/// the cycle — client name, terminal type, <c>MTTS bits</c> — and the last one is repeated to mark the
/// end; the cycle restarts when the option is turned off and on again (DONT/DO). Server: asks until
/// the client repeats itself and reports each name.
/// </summary>
internal sealed class TerminalTypeOption(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.TerminalType)
{
    private const byte Is = 0;
    private const byte SendCommand = 1;

    private int _next;
    private readonly List<string> _received = [];
    private int _requests;

    /// <summary>Server: the names received so far, in order.</summary>
    public IReadOnlyList<string> ReceivedTypes => _received;

    /// <summary>The names a client sends, in cycle order.</summary>
    public IReadOnlyList<string> Cycle()
    {
        var types = Settings.TerminalTypes.Count > 0 ? Settings.TerminalTypes : ["UNKNOWN"];
        if (!Settings.UseMtts)
            return types;
        return
        [
            Settings.ClientName.ToUpperInvariant(),
            types[0],
            "MTTS " + ((int)Settings.Mtts).ToString(CultureInfo.InvariantCulture),
        ];
    }

    public override void Enabled(TelnetSide side)
    {
        if (side == TelnetSide.Local)
            _next = 0;
        else if (!IsClient)
            RequestNext(restart: true);
    }

    public override void Disabled(TelnetSide side)
    {
        if (side == TelnetSide.Local)
            _next = 0;
    }

    public override void Received(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty)
            return;
        if (payload[0] == SendCommand && IsEnabled(TelnetSide.Local))
        {
            var cycle = Cycle();
            var value = cycle[Math.Min(_next, cycle.Count - 1)];
            _next++;
            Send([Is, .. System.Text.Encoding.ASCII.GetBytes(value)]);
        }
        else if (payload[0] == Is && IsEnabled(TelnetSide.Remote) && _received.Count < Settings.MaxTerminalTypeRequests)
        {
            var value = System.Text.Encoding.ASCII.GetString(payload[1..]);
            var repeated = _received.Count > 0 && _received[^1] == value;
            if (!repeated)
                _received.Add(value);
            Engine.RaiseTerminalType(value);
            if (!repeated && _requests < Settings.MaxTerminalTypeRequests)
                RequestNext(restart: false);
        }
    }

    /// <summary>Server: sends SEND (and forgets earlier answers when restarting).</summary>
    public void RequestNext(bool restart)
    {
        if (restart)
        {
            _received.Clear();
            _requests = 0;
        }
        if (!IsEnabled(TelnetSide.Remote))
            return;
        _requests++;
        Send([SendCommand]);
    }

    public override string Describe(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty)
            return "SB TTYPE";
        return payload[0] switch
        {
            SendCommand => "SB TTYPE SEND",
            Is => $"SB TTYPE IS {Meaning.Quote(payload[1..])}",
            _ => $"SB TTYPE {Meaning.Hex(payload)}",
        };
    }
}
