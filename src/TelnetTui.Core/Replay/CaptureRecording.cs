using TelnetTui.Core.Capture;

namespace TelnetTui.Core.Replay;

/// <summary>A whole capture in memory: its header, its records in order, and whether the file ended mid-record.</summary>
public sealed record CaptureRecording(CaptureMeta Meta, IReadOnlyList<CaptureRecord> Records, bool Truncated)
{
    /// <summary>Time of the last record.</summary>
    public TimeSpan Duration => Records.Count == 0 ? TimeSpan.Zero : Records[^1].Time;
}
