namespace TelnetTui.Tui.Input;

/// <summary>Limits and timings of the <see cref="InputDecoder"/>.</summary>
public sealed record InputDecoderOptions
{
    /// <summary>
    /// How long a lone ESC (or an unfinished sequence) waits for more bytes before it counts as the Escape
    /// key (or Alt+'['...). Terminals send a whole sequence in one write, so 50 ms tells the two apart.
    /// </summary>
    public TimeSpan EscapeTimeout { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Largest paste kept; the rest is dropped and the event marked truncated.</summary>
    public int MaxPasteBytes { get; init; } = 1 << 20;

    /// <summary>A bracketed paste whose end marker never comes is delivered after this much silence.</summary>
    public TimeSpan PasteIdleTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest escape sequence accepted; longer ones are dropped as garbage.</summary>
    public int MaxSequenceLength { get; init; } = 128;
}
