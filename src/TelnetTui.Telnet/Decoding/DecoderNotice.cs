namespace TelnetTui.Telnet.Decoding;

/// <summary>What a <see cref="DecoderNotice"/> reports.</summary>
public enum DecoderNoticeKind
{
    /// <summary>IAC SE arrived outside a subnegotiation; it was ignored (RFC 855).</summary>
    SeWithoutSubnegotiation,
    /// <summary>IAC SB IAC SE: a subnegotiation with no option byte; ignored.</summary>
    EmptySubnegotiation,
    /// <summary>An IAC command other than SE or IAC arrived inside a subnegotiation: the subnegotiation was dropped and the command run.</summary>
    SubnegotiationInterrupted,
    /// <summary>A subnegotiation grew past the size limit; it was dropped up to its IAC SE.</summary>
    SubnegotiationTooLong,
    /// <summary>Inflating started after IAC SB MCCP2/MCCP3 IAC SE.</summary>
    CompressionStarted,
    /// <summary>The zlib stream ended cleanly; plain telnet follows.</summary>
    CompressionEnded,
    /// <summary>The zlib stream was corrupt or exceeded the output cap; inflating stopped and the rest of that read was dropped.</summary>
    CompressionFailed,
}

/// <summary>An anomaly or compression event from the decoder.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Option">The subnegotiation or compression option involved, if any.</param>
/// <param name="Command">For <see cref="DecoderNoticeKind.SubnegotiationInterrupted"/>: the command that interrupted it.</param>
/// <param name="Length">Payload bytes dropped, or limit exceeded.</param>
/// <param name="Detail">Words for the log (compression errors).</param>
public readonly record struct DecoderNotice(DecoderNoticeKind Kind, byte? Option = null, byte? Command = null, long Length = 0, string? Detail = null);
