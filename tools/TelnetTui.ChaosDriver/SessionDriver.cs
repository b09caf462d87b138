using System.Runtime.InteropServices;
using TelnetTui.Core.Book;
using TelnetTui.Core.Input;
using TelnetTui.Core.Sessions;

namespace TelnetTui.ChaosDriver;

/// <summary>
/// One headless session as the app runs it (owner loop on this thread, capture, log, input history),
/// reporting on stdout: <c>state NAME</c>, <c>line TEXT</c>, <c>prompt TEXT</c>, <c>sent TEXT|(masked)</c>.
/// Replies from <c>--on</c> go out as the app sends typing: through <see cref="Session.SendLine"/> in line
/// mode (masked while the host echoes), as keys in character mode. Ends when the session closes, or on SIGTERM.
/// </summary>
public static class SessionDriver
{
    public static int Run(DriverOptions options)
    {
        var id = options.Get("id") ?? "driver";
        // --book FILE: the host is the book's entry --id, and connecting records last_connected in the book.
        var book = options.Get("book") is { } bookPath ? ConnectionBook.Open(bookPath) : null;
        var host = book is not null
            ? book.Find(id) ?? throw new ArgumentException($"the book has no host '{id}'")
            : new HostEntry { Id = id, Host = options.Require("host"), Port = options.GetInt("port", 23), Encoding = options.Get("encoding") ?? "utf-8" };
        var inbox = Session.CreateInbox();
        var session = new Session(new SessionOptions
        {
            Host = host,
            Book = book,
            Columns = options.GetInt("cols", 80),
            Rows = options.GetInt("rows", 24),
            History = options.Get("history") is { } folder ? InputHistory.ForHost(folder, id) : null,
        }, inbox.Writer);
        // --record-after MS: capture and log start that long after connecting, as when the user turns them on mid-session.
        var recordAfter = options.GetInt("record-after", -1);
        void StartRecording()
        {
            if (options.Get("capture") is { } capture)
                session.StartCapture(capture);
            if (options.Get("log") is { } log)
                session.StartLog(log);
            Say("recording");
        }
        if (recordAfter < 0)
            StartRecording();

        var replies = new Queue<(string Text, string Reply)>(options.Replies);
        void Answer(string text)
        {
            if (replies.Count == 0 || !text.Contains(replies.Peek().Text, StringComparison.Ordinal))
                return;
            var reply = replies.Dequeue().Reply;
            if (session.Mode == InputMode.Character)
            {
                // As the terminal pane does in character mode: every key straight to the host.
                session.SendText(reply);
                session.SendKey(new SessionKey(SessionKeyCode.Enter));
                Say("sent (keys)");
                return;
            }
            var masked = session.InputMasked;
            session.SendLine(reply);
            Say(masked ? "sent (masked)" : $"sent {reply}");
        }
        session.StateChanged += change => Say($"state {change.Current}");
        session.Notice += notice => Say($"notice {notice}");
        var recordAt = DateTime.MaxValue;
        session.StateChanged += change =>
        {
            if (change.Current == SessionState.Online && recordAfter >= 0 && recordAt == DateTime.MaxValue)
                recordAt = DateTime.UtcNow.AddMilliseconds(recordAfter);
        };
        // --exit-on TEXT: a line containing TEXT ends the run (a clean disconnect; files closed).
        var exitOn = options.Get("exit-on");
        session.LineReceived += line =>
        {
            Say($"line {line.Text}");
            Answer(line.Text);
            if (exitOn is not null && line.Text.Contains(exitOn, StringComparison.Ordinal))
                session.Disconnect();
        };
        session.PromptReceived += prompt =>
        {
            Say($"prompt {prompt.Text}");
            Answer(prompt.Text);
        };

        using var stop = new CancellationTokenSource();
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        // --connect-after MS: wait (for a test to edit files) before connecting.
        if (options.GetInt("connect-after", 0) is > 0 and var wait)
        {
            Say("waiting");
            Thread.Sleep(wait);
        }
        session.Connect();
        try
        {
            while (session.State != SessionState.Closed && !stop.IsCancellationRequested)
            {
                // Wake at least every 10 ms so a delayed recording starts on time.
                using var tick = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                tick.CancelAfter(10);
                try
                {
                    inbox.Reader.WaitToReadAsync(tick.Token).AsTask().GetAwaiter().GetResult();
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                }
                SessionPump.Drain(inbox.Reader);
                if (DateTime.UtcNow >= recordAt)
                {
                    recordAt = DateTime.MaxValue;
                    StartRecording();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        Say($"closed {session.CloseReason?.Message}");
        session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return 0;
    }

    private static void Say(string text)
    {
        Console.Out.WriteLine(text);
        Console.Out.Flush();
    }
}
