using System.Buffers;
using System.Globalization;
using TelnetTui.Demo.Sessions;

namespace TelnetTui.Demo.Mud;

/// <summary>
/// <c>flood N</c>: sends exactly N bytes of coloured MUD text as fast as the client takes it, for load
/// tests. The text is generated a chunk at a time into one reused buffer (never N bytes in memory), and
/// at most <see cref="ChunksInFlight"/> chunks wait for the socket: when the client reads slowly, the
/// server waits (TCP backpressure). IAC AO, IP or BRK from the client stops it early (RFC 854 "Abort
/// output"). What the client sees: a header line, the N bytes, a summary line, then the prompt.
/// </summary>
internal static class FloodCommand
{
    /// <summary>Chunks handed to the connection and not yet written, at most.</summary>
    public const int ChunksInFlight = 4;

    public const string Usage = "Usage: flood N   (N bytes: 1000000, 1_000_000, 50M or 2G; at most {0})";

    /// <summary>The start of the line after the N bytes (tests count the bytes between the header and it).</summary>
    public const string DoneMarker = "\x1b[0m[flood done: ";

    public const string AbortedMarker = "\x1b[0m[flood aborted after ";

    /// <summary>Reads "50000000", "50_000_000", "50,000,000", "50M", "64k" or "2G" (decimal multiples).</summary>
    public static bool TryParseCount(string text, out long count)
    {
        count = 0;
        var s = text.Trim().Replace("_", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        if (s.Length == 0)
            return false;
        long multiplier = char.ToUpperInvariant(s[^1]) switch
        {
            'K' => 1_000,
            'M' => 1_000_000,
            'G' => 1_000_000_000,
            _ => 1,
        };
        if (multiplier != 1)
            s = s[..^1];
        if (!long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > long.MaxValue / multiplier)
            return false;
        count = n * multiplier;
        return true;
    }

    public static async Task RunAsync(DemoSession session, string argument)
    {
        var max = session.Context.Options.MaxFloodBytes;
        if (!TryParseCount(argument, out var total) || total < 1 || total > max)
        {
            await session.WriteAsync(MudText.Error(string.Format(CultureInfo.InvariantCulture, Usage, max.ToString("N0", CultureInfo.InvariantCulture)))).ConfigureAwait(false);
            return;
        }
        var clock = session.Context.Clock;
        session.Inbox.ClearAbort();
        await session.WriteAsync($"{MudColour.Notice}Flooding {total.ToString("N0", CultureInfo.InvariantCulture)} bytes (send IAC AO or IAC IP to stop).{MudColour.Reset}{MudText.Crlf}").ConfigureAwait(false);
        var start = clock.GetTimestamp();
        var generator = new FloodGenerator(session.Context.Assets.Flood, total, (ulong)clock.GetTimestamp() | 1);
        var buffer = ArrayPool<byte>.Shared.Rent(generator.BufferSize);
        var inFlight = new Queue<Task>(ChunksInFlight + 1);
        long sent = 0;
        try
        {
            while (!session.Inbox.AbortRequested)
            {
                var n = generator.Next(buffer);
                if (n == 0)
                    break;
                // The engine copies the chunk while the action runs, so the buffer is free again at once.
                inFlight.Enqueue(session.StartSend(e => e.SendData(buffer.AsSpan(0, n))));
                sent += n;
                if (inFlight.Count >= ChunksInFlight)
                    await session.WaitWrittenAsync(inFlight.Dequeue()).ConfigureAwait(false);
            }
            while (inFlight.TryDequeue(out var pending))
                await session.WaitWrittenAsync(pending).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        var seconds = Math.Max(clock.GetElapsedTime(start).TotalSeconds, 1e-6);
        var rate = sent / seconds / 1e6;
        var summary = generator.Remaining == 0
            ? $"{DoneMarker}{sent.ToString("N0", CultureInfo.InvariantCulture)} bytes in {seconds:0.000} s, {rate:0.0} MB/s]{MudText.Crlf}"
            : $"{AbortedMarker}{sent.ToString("N0", CultureInfo.InvariantCulture)} of {total.ToString("N0", CultureInfo.InvariantCulture)} bytes]{MudText.Crlf}";
        session.Inbox.ClearAbort();
        await session.WriteAsync(summary).ConfigureAwait(false);
    }
}
