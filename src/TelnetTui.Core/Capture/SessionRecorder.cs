using TelnetTui.Telnet.Engine;

namespace TelnetTui.Core.Capture;

/// <summary>
/// The session's recording side: an optional capture and an optional text log, fed from the owner
/// thread. A write that fails (disk full, file removed) stops that recording with a notice rather
/// than ending the session. Redaction is decided by the session: masked input arrives here only as a
/// byte count or <see cref="SessionLog.MaskedText"/>.
/// </summary>
internal sealed class SessionRecorder : IDisposable
{
    private readonly Action<string> _notice;

    public SessionRecorder(Action<string> notice) => _notice = notice;

    public CaptureWriter? Capture { get; private set; }

    public SessionLog? Log { get; private set; }

    public bool IsCapturing => Capture is not null;

    public bool IsLogging => Log is not null;

    public void StartCapture(CaptureWriter writer)
    {
        StopCapture();
        Capture = writer;
    }

    public void StopCapture()
    {
        var capture = Capture;
        Capture = null;
        Guard(capture, () => capture?.Dispose(), "capture");
    }

    public void StartLog(SessionLog log)
    {
        StopLog();
        Log = log;
    }

    public void StopLog()
    {
        var log = Log;
        Log = null;
        Guard(log, () => log?.Dispose(), "log");
    }

    public void Wire(ReadOnlySpan<byte> bytes) => Record(CaptureRecordKind.WireReceived, bytes);

    public void Data(ReadOnlySpan<byte> bytes) => Record(CaptureRecordKind.DataReceived, bytes);

    public void SentProtocol(ReadOnlySpan<byte> bytes) => Record(CaptureRecordKind.SentProtocol, bytes);

    /// <summary>Data the user sent: recorded when not <paramref name="redact"/>, otherwise only its length.</summary>
    public void Sent(ReadOnlySpan<byte> bytes, bool redact)
    {
        var length = bytes.Length;
        if (redact)
            CaptureAction(c => c.WriteRedacted(length));
        else
            Record(CaptureRecordKind.Sent, bytes);
    }

    public void Line(ReadOnlySpan<char> text)
    {
        if (Log is { } l)
        {
            try
            {
                l.Received(text);
            }
            catch (IOException e)
            {
                LogFailed(e);
            }
        }
    }

    public void Prompt(PromptMark mark, string text)
    {
        CaptureAction(c => c.WritePrompt((byte)mark));
        LogAction(l => l.Prompt(text));
    }

    public void Input(string text, bool masked) => LogAction(l => l.Input(text, masked));

    public void LocalText(string text) => CaptureAction(c => c.WriteText(CaptureRecordKind.LocalText, text));

    public void Resize(int columns, int rows) => CaptureAction(c => c.WriteResize(columns, rows));

    public void Encoding(string name, bool ansiBbs) => CaptureAction(c => c.WriteText(CaptureRecordKind.Encoding, ansiBbs ? name + " bbs" : name));

    public void Event(string text)
    {
        CaptureAction(c => c.WriteText(CaptureRecordKind.Event, text));
        LogAction(l => l.Event(text));
    }

    public void FlushIfDue()
    {
        CaptureAction(c => c.FlushIfDue());
        LogAction(l => l.FlushIfDue());
    }

    /// <summary>
    /// The once-a-second tick: flush whatever is pending. (Flushing only when a second has passed since
    /// the last flush would let a line written just after a flush wait almost two seconds when the
    /// flushes fall out of step with the tick, as they do when recording starts mid-session.)
    /// </summary>
    public void FlushPending()
    {
        CaptureAction(c => c.FlushIfDirty());
        LogAction(l => l.FlushIfDirty());
    }

    public void Dispose()
    {
        StopCapture();
        StopLog();
    }

    // Spans cannot be captured by a lambda, so byte records have their own guard.
    private void Record(CaptureRecordKind kind, ReadOnlySpan<byte> bytes)
    {
        if (Capture is not { } c)
            return;
        try
        {
            c.Write(kind, bytes);
        }
        catch (IOException e)
        {
            CaptureFailed(e);
        }
    }

    private void CaptureAction(Action<CaptureWriter> action)
    {
        if (Capture is not { } c)
            return;
        try
        {
            action(c);
        }
        catch (IOException e)
        {
            CaptureFailed(e);
        }
    }

    private void LogAction(Action<SessionLog> action)
    {
        if (Log is not { } l)
            return;
        try
        {
            action(l);
        }
        catch (IOException e)
        {
            LogFailed(e);
        }
    }

    private void CaptureFailed(IOException e)
    {
        var path = Capture?.Path;
        StopCapture();
        _notice($"capture stopped: writing {path ?? "it"} failed: {e.Message}");
    }

    private void LogFailed(IOException e)
    {
        var path = Log?.Path;
        StopLog();
        _notice($"log stopped: writing {path ?? "it"} failed: {e.Message}");
    }

    private void Guard(object? target, Action action, string what)
    {
        if (target is null)
            return;
        try
        {
            action();
        }
        catch (IOException e)
        {
            _notice($"closing the {what} failed: {e.Message}");
        }
    }
}
