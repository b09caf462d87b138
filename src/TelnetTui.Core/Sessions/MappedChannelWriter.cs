using System.Threading.Channels;

namespace TelnetTui.Core.Sessions;

/// <summary>
/// Lets a session post into an owner's channel of another message type (the UI's one channel for
/// keys, ticks and network): each <see cref="SessionInput"/> is wrapped by <c>wrap</c> and written
/// to the target, with the target's bound and backpressure. Completing it does not complete the target.
/// </summary>
public sealed class MappedChannelWriter<T>(ChannelWriter<T> target, Func<SessionInput, T> wrap) : ChannelWriter<SessionInput>
{
    public override bool TryWrite(SessionInput item) => target.TryWrite(wrap(item));

    public override ValueTask<bool> WaitToWriteAsync(CancellationToken cancellationToken = default) => target.WaitToWriteAsync(cancellationToken);

    public override ValueTask WriteAsync(SessionInput item, CancellationToken cancellationToken = default) => target.WriteAsync(wrap(item), cancellationToken);

    public override bool TryComplete(Exception? error = null) => false;
}
