using System.Threading.Channels;

namespace TelnetTui.Core.Sessions;

/// <summary>
/// The owner's loop for a thread that does nothing but run sessions (the headless runner, tests):
/// take messages from the channel and process them until a condition holds. A UI loop drains its
/// channel itself, with a cap per frame.
/// </summary>
public static class SessionPump
{
    /// <summary>Processes messages until <paramref name="done"/> returns true (checked before each message).</summary>
    public static async Task RunUntilAsync(ChannelReader<SessionInput> inbox, Func<bool> done, CancellationToken cancellationToken = default)
    {
        while (!done())
        {
            var input = await inbox.ReadAsync(cancellationToken).ConfigureAwait(false);
            input.Process();
        }
    }

    /// <summary>Processes at most <paramref name="maxMessages"/> messages that are already waiting; returns how many.</summary>
    public static int Drain(ChannelReader<SessionInput> inbox, int maxMessages = int.MaxValue)
    {
        var n = 0;
        while (n < maxMessages && inbox.TryRead(out var input))
        {
            input.Process();
            n++;
        }
        return n;
    }
}
