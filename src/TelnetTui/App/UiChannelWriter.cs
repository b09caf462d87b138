using System.Threading.Channels;
using TelnetTui.Core.Sessions;
using TelnetTui.Tui.App;

namespace TelnetTui.App;

/// <summary>
/// The session's inbox written straight into the UI loop's bounded message queue: a network read goes to
/// the UI thread in one hop, and a full queue makes the reader wait (TCP backpressure, DESIGN.md "Threads").
/// The session writes with <see cref="TryWrite"/> (control messages, housekeeping) and
/// <see cref="WriteAsync"/> (reads); both wrap the message in a <see cref="SessionMessage"/>.
/// </summary>
public sealed class UiChannelWriter(Application application) : ChannelWriter<SessionInput>
{
    public override bool TryWrite(SessionInput item) => application.TryPost(new SessionMessage(item));

    public override ValueTask WriteAsync(SessionInput item, CancellationToken cancellationToken = default) =>
        application.PostAsync(new SessionMessage(item), cancellationToken);

    /// <summary>Room is waited for inside <see cref="WriteAsync"/>; a writer that asks first is told to go ahead.</summary>
    public override ValueTask<bool> WaitToWriteAsync(CancellationToken cancellationToken = default) =>
        cancellationToken.IsCancellationRequested ? ValueTask.FromCanceled<bool>(cancellationToken) : ValueTask.FromResult(true);
}
