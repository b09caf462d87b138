using System.Text;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Options;

/// <summary>
/// CHARSET (RFC 2066) in both roles. Answers a REQUEST with ACCEPTED for the first offered name we
/// support (by normalised name) or REJECTED; sends its own REQUEST on demand (or when agreed, if
/// configured) and takes the peer's ACCEPTED; answers TTABLE-IS with TTABLE-REJECTED (no translation
/// tables). When both sides request at once, the server's request wins (RFC 2066): a server rejects
/// the client's, a client drops its own and answers the server's.
/// </summary>
internal sealed class CharsetOption(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.Charset)
{
    private const byte Request = 1;
    private const byte Accepted = 2;
    private const byte Rejected = 3;
    private const byte TtableIs = 4;
    private const byte TtableRejected = 5;
    private const byte TtableAck = 6;
    private const byte TtableNak = 7;
    private const string TtablePrefix = "[TTABLE]";

    private bool _requestOutstanding;
    private bool _requestedOnce;

    private bool Agreed => IsEnabled(TelnetSide.Local) || IsEnabled(TelnetSide.Remote);

    public override void Enabled(TelnetSide side)
    {
        if (Settings.RequestCharset && !_requestedOnce && Settings.Charsets.Count > 0)
            SendRequest(Settings.Charsets);
    }

    public void SendRequest(IEnumerable<string> names)
    {
        if (!Agreed)
            throw new InvalidOperationException("CHARSET is not agreed on either side");
        var list = string.Join(";", names);
        if (list.Length == 0)
            throw new ArgumentException("no character set names to request", nameof(names));
        _requestOutstanding = true;
        _requestedOnce = true;
        Send([Request, (byte)';', .. System.Text.Encoding.ASCII.GetBytes(list)]);
    }

    public override void Received(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty || !Agreed)
            return;
        switch (payload[0])
        {
            case Request:
                if (_requestOutstanding && !IsClient)
                {
                    Send([Rejected]);
                    return;
                }
                _requestOutstanding = false;
                var offered = ParseRequest(payload[1..]);
                var choice = offered.FirstOrDefault(o => Settings.Charsets.Any(ours => CharsetNames.Same(ours, o)));
                if (choice is null)
                {
                    Send([Rejected]);
                    return;
                }
                Send([Accepted, .. System.Text.Encoding.ASCII.GetBytes(choice)]);
                Agree(choice);
                break;
            case Accepted when _requestOutstanding:
                _requestOutstanding = false;
                Agree(System.Text.Encoding.ASCII.GetString(payload[1..]));
                break;
            case Rejected:
                _requestOutstanding = false;
                break;
            case TtableIs:
                Send([TtableRejected]);
                break;
        }
    }

    private void Agree(string name)
    {
        var normalized = CharsetNames.Normalize(name);
        Engine.RaiseCharsetAgreed(normalized);
        Engine.Handler<NewEnvironOption>(TelnetOption.NewEnviron).NotifyChanged("CHARSET");
    }

    /// <summary>RFC 2066: REQUEST [ "[TTABLE]" version ] separator name { separator name }.</summary>
    private static List<string> ParseRequest(ReadOnlySpan<byte> body)
    {
        var text = System.Text.Encoding.ASCII.GetString(body);
        if (text.StartsWith(TtablePrefix, StringComparison.Ordinal))
            text = text.Length > TtablePrefix.Length + 1 ? text[(TtablePrefix.Length + 1)..] : "";
        if (text.Length < 2)
            return [];
        var separator = text[0];
        return text[1..].Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }

    public override string Describe(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty)
            return "SB CHARSET";
        var body = payload[1..];
        return payload[0] switch
        {
            Request => "SB CHARSET REQUEST " + string.Join(' ', ParseRequest(body)),
            Accepted => $"SB CHARSET ACCEPTED {System.Text.Encoding.ASCII.GetString(body)}",
            Rejected => "SB CHARSET REJECTED",
            TtableIs => $"SB CHARSET TTABLE-IS ({body.Length} bytes)",
            TtableRejected => "SB CHARSET TTABLE-REJECTED",
            TtableAck => "SB CHARSET TTABLE-ACK",
            TtableNak => "SB CHARSET TTABLE-NAK",
            _ => $"SB CHARSET {Meaning.Hex(payload)}",
        };
    }
}
