namespace TelnetTui.Core.Capture;

/// <summary>The record kinds of a capture file (see <see cref="CaptureFormat"/>). Readers skip kinds they do not know.</summary>
public enum CaptureRecordKind : byte
{
    /// <summary>UTF-8 "key=value" lines describing the session (the first record; again after a change of host).</summary>
    Meta = 0x01,
    /// <summary>Bytes exactly as read from the socket: before MCCP inflating and telnet decoding.</summary>
    WireReceived = 0x02,
    /// <summary>Data bytes after telnet decoding and MCCP inflating: what the text decoder and the screen got.</summary>
    DataReceived = 0x03,
    /// <summary>A prompt ended (IAC GA or IAC EOR): one byte, the command (249 GA, 239 EOR). The screen marks its line.</summary>
    Prompt = 0x04,
    /// <summary>The screen changed size: columns and rows as two unsigned 16-bit big-endian numbers.</summary>
    Resize = 0x05,
    /// <summary>UTF-8 text the client drew itself (local echo of sent lines, notices), escape sequences included.</summary>
    LocalText = 0x06,
    /// <summary>Data bytes we sent (before telnet escaping): lines the user typed that were not masked.</summary>
    Sent = 0x07,
    /// <summary>Data we sent but do not record: masked input and character-mode keys. The payload is the byte count (LEB128).</summary>
    SentRedacted = 0x08,
    /// <summary>Telnet protocol bytes we sent (negotiation, subnegotiation, commands), as the inspector shows them.</summary>
    SentProtocol = 0x09,
    /// <summary>The host's encoding changed: UTF-8 "name" or "name bbs" (ANSI-BBS mode on).</summary>
    Encoding = 0x0A,
    /// <summary>A session event in words (connected, closed and why), UTF-8.</summary>
    Event = 0x0B,
}
