using TelnetTui.Core.Capture;
using TelnetTui.Core.Display;

namespace TelnetTui.Core.Sessions;

/// <summary>Capture and log, started and stopped by the user (Alt+C, --capture FILE, --log FILE).</summary>
public sealed partial class Session
{
    /// <summary>
    /// Starts recording to a capture file (replacing any earlier one). Started mid-session, the screen
    /// as it is now is written first, so a replay ends on the same screen as the live session.
    /// </summary>
    public void StartCapture(string path)
    {
        var meta = new CaptureMeta
        {
            Started = _clock.GetUtcNow(),
            Columns = Terminal.Screen.Columns,
            Rows = Terminal.Screen.Rows,
            Encoding = _feed.Encoding.Name,
            AnsiBbs = _feed.AnsiBbs,
            IceColours = Host.IceColours,
            Host = Endpoint.Host,
            Port = Endpoint.Port,
            Tls = Endpoint.UseTls,
            HostId = Host.Id,
            Client = _options.Settings.Telnet.ClientName,
        };
        var writer = CaptureWriter.Create(path, _clock, meta);
        if (HasContent())
            writer.WriteText(CaptureRecordKind.LocalText, ScreenSnapshot.Encode(Terminal));
        _recorder.StartCapture(writer);
        EnsureHousekeeping();
        if (_connection is not null)
            _recorder.Event($"capture started while connected to {Endpoint.Display}");
    }

    public void StopCapture() => _recorder.StopCapture();

    /// <summary>Starts (appending to) a plain-text log of what the user sees and sends.</summary>
    public void StartLog(string path)
    {
        _recorder.StartLog(SessionLog.Open(path, _clock));
        EnsureHousekeeping();
        _recorder.Log!.Event($"log of {Host.DisplayName} ({Endpoint.Display}) started");
    }

    public void StopLog() => _recorder.StopLog();

    /// <summary>Flushes log and capture now (the owner may call this before exiting).</summary>
    public void FlushRecordings()
    {
        _recorder.Capture?.Flush();
        _recorder.Log?.Flush();
    }

    private bool HasContent()
    {
        var screen = Terminal.Screen;
        if (screen.ScrollbackCount > 0 || screen.Cursor.Row != 0 || screen.Cursor.Column != 0)
            return true;
        for (var row = 0; row < screen.Rows; row++)
        {
            if (screen.GetLineText(row).Length > 0)
                return true;
        }
        return false;
    }
}
