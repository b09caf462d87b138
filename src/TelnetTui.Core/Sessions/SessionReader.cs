using System.Buffers;
using System.Threading.Channels;

namespace TelnetTui.Core.Sessions;

/// <summary>
/// The network read loop of one connection: reads into pooled buffers and posts each chunk into the
/// owner's bounded channel. A full channel makes the post wait, so nothing more is read from the
/// socket; the kernel's receive window fills and TCP slows the host down (backpressure, DESIGN.md
/// "Threads"). Reading also waits while our own writes pile up (<see cref="SessionWriter.MaxPendingBytes"/>),
/// so a host that floods requests but never reads our replies cannot grow our memory.
/// </summary>
internal static class SessionReader
{
    /// <summary>Bytes read from the socket at a time; the owner's memory per queued message is at most this.</summary>
    public const int ReadBufferSize = 16 * 1024;

    /// <summary>
    /// Reads posted and not yet fully processed, at most (in the channel, or set aside by the session to
    /// keep a turn short): 64 × 16 KiB = 1 MiB. The reader waits for a credit before each read.
    /// </summary>
    public const int MaxUnprocessedReads = 64;

    public static async Task RunAsync(Session session, int connection, ISessionTransport transport, SessionWriter writer,
        SemaphoreSlim credits, ChannelWriter<SessionInput> inbox, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await writer.WaitForRoomAsync(cancellationToken).ConfigureAwait(false);
                await credits.WaitAsync(cancellationToken).ConfigureAwait(false);
                var buffer = ArrayPool<byte>.Shared.Rent(ReadBufferSize);
                int n;
                try
                {
                    n = await transport.ReadAsync(buffer.AsMemory(0, ReadBufferSize), cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    credits.Release();
                    throw;
                }
                if (n == 0)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    credits.Release();
                    await inbox.WriteAsync(new ConnectionEnded(session, connection, null), cancellationToken).ConfigureAwait(false);
                    return;
                }
                var chunk = new ReceivedChunk(session, connection, buffer, n, credits);
                try
                {
                    await inbox.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    chunk.Discard();
                    throw;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The owner closed this connection; it needs no message.
        }
        catch (ChannelClosedException)
        {
            // The owner stopped reading its channel altogether.
        }
        catch (Exception e)
        {
            await ReportAsync(inbox, new ConnectionEnded(session, connection, e), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ReportAsync(ChannelWriter<SessionInput> inbox, SessionInput message, CancellationToken cancellationToken)
    {
        try
        {
            await inbox.WriteAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            // Nobody is listening any more.
        }
    }
}
