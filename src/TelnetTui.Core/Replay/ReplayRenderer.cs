using TelnetTui.Terminal.Output;

namespace TelnetTui.Core.Replay;

/// <summary>What <c>telnettui replay CAPTURE --format text|ansi</c> prints: the screen at the end (or at a time).</summary>
public sealed record ReplayRenderRequest
{
    public ReplayOptions Options { get; init; } = new();
    /// <summary>Stop at this time into the recording; null plays it all.</summary>
    public TimeSpan? At { get; init; }
    public bool Ansi { get; init; }
    public bool IncludeScrollback { get; init; }
}

/// <summary>Plays a capture without waiting and writes the screen it ends on, as <c>telnettui view</c> writes a screen.</summary>
public static class ReplayRenderer
{
    /// <returns>Whether the capture ended mid-record (everything before that was played).</returns>
    public static bool Render(CaptureReader reader, ReplayRenderRequest request, TextWriter output)
    {
        var screen = new ReplayScreen(reader.Meta, request.Options with { ScrollbackLines = request.IncludeScrollback ? request.Options.ScrollbackLines : 0 });
        while (reader.TryRead(out var record))
        {
            if (request.At is { } at && record.Time > at)
                break;
            screen.Apply(record);
        }
        if (request.Ansi)
            ScreenAnsiWriter.Write(screen.Terminal.Screen, output, request.IncludeScrollback);
        else
            ScreenTextWriter.Write(screen.Terminal.Screen, output, request.IncludeScrollback);
        return reader.Truncated;
    }
}
