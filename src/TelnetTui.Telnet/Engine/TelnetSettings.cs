using TelnetTui.Telnet.Decoding;
using TelnetTui.Telnet.Sending;
using TelnetTui.Telnet.Negotiation;

namespace TelnetTui.Telnet.Engine;

/// <summary>
/// Per-host telnet settings: a plain options class the app fills from its config and the connection
/// book. The engine reads them when it is created (and some on use); it never changes them.
/// </summary>
public sealed class TelnetSettings
{
    /// <summary>Client or server behaviour for the options.</summary>
    public TelnetRole Role { get; set; } = TelnetRole.Client;

    /// <summary>What we offer, accept or refuse, per option and side.</summary>
    public NegotiationPolicy Policy { get; set; } = NegotiationPolicy.ForClient();

    /// <summary>Longest subnegotiation kept (64 KiB); longer ones are dropped and reported.</summary>
    public int MaxSubnegotiationLength { get; set; } = TelnetDecoder.DefaultMaxSubnegotiationLength;

    /// <summary>Agree to MCCP2 (server-to-client) and MCCP3 (client-to-server) compression.</summary>
    public bool Mccp { get; set; } = true;

    /// <summary>Most bytes one read may inflate to before the stream is treated as a decompression bomb.</summary>
    public long MccpInflateOutputCap { get; set; } = TelnetDecoder.DefaultMaxInflatedBytesPerFeed;

    /// <summary>Name sent first in the MTTS TTYPE cycle, in GMCP Core.Hello and in MNES CLIENT_NAME.</summary>
    public string ClientName { get; set; } = "TelnetTui";

    /// <summary>Sent in GMCP Core.Hello and MNES CLIENT_VERSION.</summary>
    public string ClientVersion { get; set; } = "0.1.0";

    /// <summary>
    /// Terminal types for TTYPE (RFC 1091), most capable first. With MTTS the first one is the second
    /// reply of the cycle; without MTTS the whole list is cycled and its last entry repeated.
    /// </summary>
    public List<string> TerminalTypes { get; set; } = ["XTERM-256COLOR"];

    /// <summary>Follow the MUD Terminal Type Standard: client name, terminal type, then <c>MTTS bits</c>.</summary>
    public bool UseMtts { get; set; } = true;

    /// <summary>The MTTS bit vector (default: ANSI, VT100, UTF-8, 256 colours, true colour, MNES).</summary>
    public MttsFlags Mtts { get; set; } = MttsFlags.Ansi | MttsFlags.Vt100 | MttsFlags.Utf8 | MttsFlags.Colors256 | MttsFlags.TrueColor | MttsFlags.Mnes;

    /// <summary>Character sets we accept or request with CHARSET (RFC 2066), preferred first.</summary>
    public List<string> Charsets { get; set; } = ["UTF-8", "ISO-8859-1", "US-ASCII"];

    /// <summary>Send our own CHARSET REQUEST once CHARSET is agreed (otherwise only answer the peer's).</summary>
    public bool RequestCharset { get; set; }

    /// <summary>GMCP modules announced with Core.Supports.Set after Core.Hello.</summary>
    public List<string> GmcpModules { get; set; } = ["Char 1", "Char.Vitals 1", "Room 1", "Comm.Channel 1"];

    /// <summary>What the Enter key sends.</summary>
    public EnterKeyMode EnterKey { get; set; } = EnterKeyMode.CrLf;

    /// <summary>
    /// Treat both directions as BINARY whatever was negotiated: no CR NUL translation in or out (for
    /// BBSes that send 8-bit data without negotiating BINARY). Nothing extra is sent.
    /// </summary>
    public bool ForceBinary { get; set; }

    /// <summary>
    /// Answer a WILL/DO again even when the option is already on, and redo its start-up (GMCP Core.Hello,
    /// NAWS, TTYPE cycle). For MUDs that restart in place (copyover) and re-send WILL. RFC 1143 says to
    /// ignore such requests; to keep that from looping, an option is re-acknowledged at most once until
    /// data arrives between requests.
    /// </summary>
    public bool Reacknowledge { get; set; }

    /// <summary>TSPEED reply (RFC 1079): "transmit,receive" in bits per second.</summary>
    public string TerminalSpeed { get; set; } = "38400,38400";

    /// <summary>
    /// Extra NEW-ENVIRON variables (e.g. USER). Nothing personal is sent unless it is listed here;
    /// the MNES variables (CLIENT_NAME, CLIENT_VERSION, CHARSET, MTTS, TERMINAL_TYPE) are always offered.
    /// </summary>
    public Dictionary<string, string> Environment { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Window size sent with NAWS until the app reports the real one.</summary>
    public int InitialColumns { get; set; } = 80;

    /// <summary>Window size sent with NAWS until the app reports the real one.</summary>
    public int InitialRows { get; set; } = 24;

    /// <summary>The character set in use before CHARSET agrees another (reported by MNES CHARSET).</summary>
    public string InitialCharset { get; set; } = "UTF-8";

    /// <summary>Server role: how many TTYPE SENDs to make while collecting a client's terminal types.</summary>
    public int MaxTerminalTypeRequests { get; set; } = 8;

    /// <summary>A shallow copy with its own policy table and lists.</summary>
    public TelnetSettings Clone()
    {
        var copy = (TelnetSettings)MemberwiseClone();
        copy.Policy = Policy.Clone();
        copy.TerminalTypes = [.. TerminalTypes];
        copy.Charsets = [.. Charsets];
        copy.GmcpModules = [.. GmcpModules];
        copy.Environment = new Dictionary<string, string>(Environment, StringComparer.Ordinal);
        return copy;
    }
}
