namespace TelnetTui.Tui.App;

/// <summary>
/// Anything posted to the UI thread's queue: input events, resizes, timer ticks, and the app's own messages
/// (network data, session state). Records, so tests compare them by value.
/// </summary>
public abstract record Message
{
    /// <summary>Payload bytes this message carries; counted against the per-turn byte budget (0 for small messages).</summary>
    public virtual int ByteCount => 0;
}
