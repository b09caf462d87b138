using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Demo.Sessions;

/// <summary>
/// Something that happened to a connection, queued for its session: input, what the client reported
/// through telnet options, or a notice from another session. Raised on the connection's read loop,
/// handled on the session's own task.
/// </summary>
internal abstract record DemoEvent;

/// <summary>Data bytes the client sent (copied out of the read buffer).</summary>
internal sealed record InputReceived(byte[] Bytes) : DemoEvent;

/// <summary>NAWS: the client reported its window size (RFC 1073).</summary>
internal sealed record WindowSizeReported(WindowSize Size) : DemoEvent;

/// <summary>TTYPE: the client sent one terminal type (RFC 1091, MTTS).</summary>
internal sealed record TerminalTypeReported(string Name) : DemoEvent;

/// <summary>A GMCP, MSDP or MSSP message from the client.</summary>
internal sealed record MudMessageArrived(MudMessage Message) : DemoEvent;

/// <summary>An option turned on or off on either side.</summary>
internal sealed record OptionToggled(OptionChange Change) : DemoEvent;

/// <summary>A negotiation the client sent (queued only while the lab watches).</summary>
internal sealed record NegotiationSeen(NegotiationRecord Record) : DemoEvent;

/// <summary>An IAC command other than negotiation (IP, AO, AYT, BRK, NOP...).</summary>
internal sealed record CommandArrived(byte Command) : DemoEvent;

/// <summary>CHARSET (RFC 2066) agreed on a character set.</summary>
internal sealed record CharsetChosen(string Name) : DemoEvent;

/// <summary>The answer to our DO TIMING-MARK (RFC 860).</summary>
internal sealed record TimingMarkAnswered(bool Will) : DemoEvent;

/// <summary>Text another session wants shown here (MUD says, arrivals, departures).</summary>
internal sealed record NoticePosted(string Text, string? GmcpChannel = null, string? Talker = null) : DemoEvent;

/// <summary>The client went past an input limit; the session ends with this reason.</summary>
internal sealed record InputOverflowed(string Reason) : DemoEvent;
