namespace TelnetTui.Telnet.Decoding;

/// <summary>
/// Receives what <see cref="TelnetDecoder"/> finds, in stream order. Spans are only valid during the call.
/// </summary>
public interface ITelnetDecoderSink
{
    /// <summary>A run of data bytes (IAC IAC already undoubled, CR NUL already reduced to CR).</summary>
    void OnData(ReadOnlySpan<byte> data);

    /// <summary>IAC followed by a command byte that is not WILL/WONT/DO/DONT/SB/SE (GA, EOR, NOP, AYT, unknown bytes...).</summary>
    void OnCommand(byte command);

    /// <summary>IAC WILL/WONT/DO/DONT option.</summary>
    void OnNegotiation(byte verb, byte option);

    /// <summary>A complete IAC SB option ... IAC SE, payload undoubled.</summary>
    void OnSubnegotiation(byte option, ReadOnlySpan<byte> payload);

    /// <summary>Protocol anomalies and compression start/end.</summary>
    void OnNotice(DecoderNotice notice);
}
