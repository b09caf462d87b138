using TelnetTui.Demo.Bbs;
using TelnetTui.Demo.Lab;
using TelnetTui.Demo.Lobby;
using TelnetTui.Demo.Mud;

namespace TelnetTui.Demo.Sessions;

/// <summary>
/// One connection from start to end: let the opening negotiation settle, then main menu → area → main
/// menu until the client quits. Limits and stops end it with a last line when the client can still read it.
/// </summary>
internal static class SessionLoop
{
    /// <summary>How long a last message may take to go out.</summary>
    private static readonly TimeSpan GoodbyeTimeout = TimeSpan.FromSeconds(2);

    public static async Task RunAsync(DemoSession session, Func<Task> waitForNegotiation)
    {
        var log = session.Context.Options.Log;
        log?.Invoke($"session {session.Id}: connected from {session.RemoteAddress}");
        var reason = "logged off";
        try
        {
            await waitForNegotiation().ConfigureAwait(false);
            while (true)
            {
                var choice = await MainMenu.RunAsync(session).ConfigureAwait(false);
                var exit = choice switch
                {
                    AreaChoice.Bbs => await BbsArea.RunAsync(session).ConfigureAwait(false),
                    AreaChoice.Mud => await MudArea.RunAsync(session).ConfigureAwait(false),
                    AreaChoice.Lab => await LabArea.RunAsync(session).ConfigureAwait(false),
                    _ => AreaExit.Disconnect,
                };
                if (exit == AreaExit.Disconnect)
                    break;
            }
            await session.WriteAsync("\r\nGoodbye!\r\n").ConfigureAwait(false);
        }
        catch (DemoDisconnectException e)
        {
            reason = e.Message;
            if (e.CanSay)
                await SayLastAsync(session, $"\r\n\x1b[0m*** Disconnecting: {e.Message}. ***\r\n").ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (session.Stopping.IsCancellationRequested)
        {
            reason = "server stopping";
            await SayLastAsync(session, "\r\n\x1b[0m*** The demo server is shutting down. ***\r\n").ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            reason = "the client closed the connection";
        }
        catch (Exception e)
        {
            // A bug, not the client: the server reports it (DemoServer.SessionFailed) and closes this connection only.
            reason = $"error: {e.GetType().Name}: {e.Message}";
            throw;
        }
        finally
        {
            log?.Invoke($"session {session.Id}: closed ({reason})");
        }
    }

    private static async Task SayLastAsync(DemoSession session, string text)
    {
        try
        {
            await session.StartSend(e => e.SendText(text, session.TextEncoding)).WaitAsync(GoodbyeTimeout).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or Telnet.Connection.TelnetClosedException or IOException or ObjectDisposedException)
        {
            // The client is gone or not reading; nothing more to do.
        }
    }
}
