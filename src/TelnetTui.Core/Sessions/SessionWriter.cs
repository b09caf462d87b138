using System.Buffers;
using System.Threading.Channels;

namespace TelnetTui.Core.Sessions;

/// <summary>
/// Sends one connection's bytes in order: the owner thread enqueues (a copy into a pooled buffer,
/// never blocking), one background task writes them to the transport one after another. A write
/// failure ends the connection with a message to the owner. <see cref="PendingBytes"/> is what the
/// host has not taken yet; above <see cref="MaxPendingBytes"/> the reader stops reading (see
/// <see cref="SessionReader"/>) so replies to a flood of requests cannot pile up without bound.
/// </summary>
internal sealed class SessionWriter
{
    /// <summary>Unwritten bytes above which the connection's reader waits for the writer.</summary>
    public const int MaxPendingBytes = 1 << 20;

    private readonly Channel<(byte[] Buffer, int Length)> _queue =
        Channel.CreateUnbounded<(byte[], int)>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly object _gate = new();
    private TaskCompletionSource? _room;
    private long _pending;
    private bool _failed;

    public SessionWriter(Session session, int connection, ISessionTransport transport, ChannelWriter<SessionInput> inbox, CancellationToken cancellationToken)
    {
        Completion = Task.Run(() => WriteLoopAsync(session, connection, transport, inbox, cancellationToken), CancellationToken.None);
    }

    /// <summary>Completes when everything enqueued before <see cref="Complete"/> is written, or writing failed or was cancelled.</summary>
    public Task Completion { get; }

    public long PendingBytes => Interlocked.Read(ref _pending);

    /// <summary>Queues a copy of <paramref name="bytes"/> (owner thread). Ignored once writing has failed or completed.</summary>
    public void Enqueue(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty || Volatile.Read(ref _failed))
            return;
        var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length);
        bytes.CopyTo(buffer);
        Interlocked.Add(ref _pending, bytes.Length);
        if (!_queue.Writer.TryWrite((buffer, bytes.Length)))
        {
            Interlocked.Add(ref _pending, -bytes.Length);
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>No more writes: the loop ends once the queue is written.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    /// <summary>Waits while more than <see cref="MaxPendingBytes"/> are unwritten (the reader calls this before each read).</summary>
    public Task WaitForRoomAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (Interlocked.Read(ref _pending) <= MaxPendingBytes || _failed)
                return Task.CompletedTask;
            _room ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _room.Task.WaitAsync(cancellationToken);
        }
    }

    private async Task WriteLoopAsync(Session session, int connection, ISessionTransport transport, ChannelWriter<SessionInput> inbox, CancellationToken cancellationToken)
    {
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var item))
                {
                    try
                    {
                        await transport.WriteAsync(item.Buffer.AsMemory(0, item.Length), cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        ArrayPool<byte>.Shared.Return(item.Buffer);
                        Interlocked.Add(ref _pending, -item.Length);
                    }
                    SignalRoom();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Fail();
        }
        catch (Exception e)
        {
            Fail();
            try
            {
                await inbox.WriteAsync(new ConnectionEnded(session, connection, e), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception late) when (late is OperationCanceledException or ChannelClosedException)
            {
                // The owner has moved on.
            }
        }
    }

    private void Fail()
    {
        Volatile.Write(ref _failed, true);
        _queue.Writer.TryComplete();
        while (_queue.Reader.TryRead(out var item))
        {
            ArrayPool<byte>.Shared.Return(item.Buffer);
            Interlocked.Add(ref _pending, -item.Length);
        }
        SignalRoom(force: true);
    }

    private void SignalRoom(bool force = false)
    {
        lock (_gate)
        {
            if (_room is not null && (force || _failed || Interlocked.Read(ref _pending) <= MaxPendingBytes))
            {
                _room.TrySetResult();
                _room = null;
            }
        }
    }
}
