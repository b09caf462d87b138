namespace TelnetTui.Core.Capture;

/// <summary>
/// The capture file format (".ttcap"), version 1. A file is the 8-byte <see cref="Magic"/> followed by
/// records; each record is
/// <code>
///   kind       1 byte (CaptureRecordKind)
///   delta      unsigned LEB128: microseconds since the previous record (the first: since "started")
///   length     unsigned LEB128: payload bytes (at most MaxPayload)
///   payload    length bytes
/// </code>
/// The first record is <see cref="CaptureRecordKind.Meta"/>: UTF-8 lines "key=value" with at least
/// <c>format=1</c>, <c>started</c> (ISO 8601 UTC), <c>columns</c>, <c>rows</c> and <c>encoding</c>
/// (plus <c>ansi-bbs</c>, <c>ice-colours</c>, <c>host</c>, <c>port</c>, <c>tls</c>, <c>host-id</c>,
/// <c>client</c>). Records are appended as the session runs and the file is flushed at least once a
/// second, so a killed client leaves a file readable up to its last second; a reader stops quietly at
/// a cut-off last record (<see cref="Replay.CaptureReader.Truncated"/>). Replaying the screen needs only
/// DataReceived, LocalText, Prompt, Resize and Encoding, in order; WireReceived keeps the bytes as they
/// came for protocol debugging. Masked input never appears: it is a SentRedacted count.
/// </summary>
public static class CaptureFormat
{
    /// <summary>"TTCAP", version byte 1, CR LF (so a text-mode transfer that mangles line ends is detected).</summary>
    public static ReadOnlySpan<byte> Magic => "TTCAP\u0001\r\n"u8;

    public const int Version = 1;

    /// <summary>Largest payload a record may have; a reader treats a larger length as corruption.</summary>
    public const int MaxPayload = 16 * 1024 * 1024;

    /// <summary>File name extension of captures.</summary>
    public const string Extension = ".ttcap";
}
