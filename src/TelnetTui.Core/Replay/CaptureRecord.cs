using TelnetTui.Core.Capture;

namespace TelnetTui.Core.Replay;

/// <summary>One record of a capture: its kind, when it happened (since the capture started), and its payload.</summary>
public readonly record struct CaptureRecord(CaptureRecordKind Kind, TimeSpan Time, ReadOnlyMemory<byte> Payload);
