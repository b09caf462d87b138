using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Options;

/// <summary>
/// TIMING-MARK (RFC 860). It never stays on: every DO TIMING-MARK is answered with WILL (or WONT when
/// refused), and because the engine handles received bytes in order the reply follows whatever earlier
/// input caused. Our own DO TIMING-MARK waits for WILL/WONT, which raises <see cref="TelnetEngine.TimingMarkReceived"/>.
/// </summary>
internal sealed class TimingMarkOption(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.TimingMark)
{
    private int _outstanding;

    public override bool HandleNegotiation(byte verb)
    {
        var meaning = $"{TelnetCommand.Name(verb)} TIMING-MARK";
        switch (verb)
        {
            case TelnetCommand.Do:
                Engine.RecordReceivedNegotiation(verb, Code, meaning);
                Engine.SendNegotiation(Engine.Agrees(TelnetSide.Local, Code) ? TelnetCommand.Will : TelnetCommand.Wont, Code);
                return true;
            case TelnetCommand.Dont:
                Engine.RecordReceivedNegotiation(verb, Code, meaning + " (nothing to stop)");
                return true;
            case TelnetCommand.Will or TelnetCommand.Wont when _outstanding > 0:
                _outstanding--;
                Engine.RecordReceivedNegotiation(verb, Code, meaning + " (answer to our DO)");
                Engine.RaiseTimingMark(verb == TelnetCommand.Will);
                return true;
            case TelnetCommand.Will:
                Engine.RecordReceivedNegotiation(verb, Code, meaning + " (unasked: refused)");
                Engine.SendNegotiation(TelnetCommand.Dont, Code);
                return true;
            default:
                Engine.RecordReceivedNegotiation(verb, Code, meaning + " (unasked: ignored)");
                return true;
        }
    }

    public void Request()
    {
        _outstanding++;
        Engine.SendNegotiation(TelnetCommand.Do, Code);
    }
}
