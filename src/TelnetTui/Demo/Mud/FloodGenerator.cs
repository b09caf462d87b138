namespace TelnetTui.Demo.Mud;

/// <summary>
/// Produces exactly <c>total</c> bytes of flood text in chunks, never holding more than one chunk: lines
/// picked from a <see cref="FloodLines"/> pool by a xorshift generator and copied into the caller's
/// buffer. Every chunk ends at a line end, so telnet's CR handling never sees a CR split from its LF.
/// The last chunk is topped up with one filler line of dots (or a lone LF when one byte is left), so the
/// text always ends with LF and the count is exact.
/// </summary>
public sealed class FloodGenerator
{
    /// <summary>Bytes per ordinary chunk.</summary>
    public const int ChunkSize = 32 * 1024;

    private readonly FloodLines _lines;
    private ulong _state;
    private int _next;

    public FloodGenerator(FloodLines lines, long total, ulong seed = 0x9E3779B97F4A7C15)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        _lines = lines;
        Remaining = total;
        _state = seed == 0 ? 1 : seed;
        _next = Pick();
    }

    /// <summary>Bytes still to produce.</summary>
    public long Remaining { get; private set; }

    /// <summary>The buffer size <see cref="Next"/> needs.</summary>
    public int BufferSize => ChunkSize + 2 * _lines.MaxLineLength + 2;

    /// <summary>Fills <paramref name="buffer"/> with the next chunk; returns its length, 0 when done.</summary>
    public int Next(Span<byte> buffer)
    {
        if (Remaining == 0)
            return 0;
        if (buffer.Length < BufferSize)
            throw new ArgumentException($"the buffer needs {BufferSize} bytes", nameof(buffer));
        var last = Remaining <= ChunkSize + 2 * _lines.MaxLineLength;
        var limit = last ? (int)Remaining : ChunkSize;
        var pos = 0;
        while (true)
        {
            var line = _lines.Line(_next);
            var rest = limit - pos - line.Length;
            // In the last chunk a line fits only if what is left after it is 0 or can hold a filler line (≥ 2 bytes).
            if (rest < 0 || (last && rest == 1))
                break;
            line.CopyTo(buffer[pos..]);
            pos += line.Length;
            _next = Pick();
        }
        if (last)
            pos += Filler(buffer.Slice(pos, limit - pos));
        Remaining -= pos;
        return pos;
    }

    private static int Filler(Span<byte> span)
    {
        if (span.Length == 0)
            return 0;
        if (span.Length == 1)
        {
            span[0] = (byte)'\n';
            return 1;
        }
        span[..^2].Fill((byte)'.');
        span[^2] = (byte)'\r';
        span[^1] = (byte)'\n';
        return span.Length;
    }

    private int Pick()
    {
        // xorshift64 (Marsaglia): cheap and good enough to shuffle lines.
        _state ^= _state << 13;
        _state ^= _state >> 7;
        _state ^= _state << 17;
        return (int)(_state & (FloodLines.PoolSize - 1));
    }
}
