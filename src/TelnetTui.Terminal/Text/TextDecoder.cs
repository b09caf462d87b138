namespace TelnetTui.Terminal.Text;

/// <summary>
/// Turns received bytes into UTF-16 text for the parser, keeping state between calls so a
/// character split across reads decodes as if it had come in one piece. Never throws on bad input.
/// </summary>
public abstract class TextDecoder
{
    /// <summary>Smallest destination a caller may pass (room for a pending sequence and a surrogate pair).</summary>
    public const int MinimumDestinationLength = 16;

    /// <summary>
    /// Decodes as much of <paramref name="source"/> as fits into <paramref name="destination"/>.
    /// Returns the number of chars written; <paramref name="bytesConsumed"/> bytes were used (bytes of an
    /// incomplete trailing sequence count as consumed: they are kept until the rest arrives).
    /// </summary>
    public abstract int Decode(ReadOnlySpan<byte> source, Span<char> destination, out int bytesConsumed);

    /// <summary>Forgets any partial sequence.</summary>
    public virtual void Reset()
    {
    }
}
