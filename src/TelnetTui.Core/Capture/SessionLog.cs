using System.Globalization;
using System.Text;

namespace TelnetTui.Core.Capture;

/// <summary>
/// The plain-text log of a session: what the user saw, one timestamped line each.
/// <code>
///   2025-01-02T20:15:03.120Z * connected to mud.example.org:4000
///   2025-01-02T20:15:03.125Z &lt; Welcome to the demo MUD
///   2025-01-02T20:15:03.130Z % Name:
///   2025-01-02T20:15:05.000Z &gt; Ada
///   2025-01-02T20:15:06.000Z &gt; ********
/// </code>
/// Markers: <c>&lt;</c> a line from the host (escape sequences removed), <c>%</c> a prompt (GA/EOR),
/// <c>&gt;</c> a line the user sent (masked input as <see cref="MaskedText"/>), <c>*</c> a session event.
/// Times are UTC. Flushed to the operating system at least every <see cref="CaptureWriter.FlushInterval"/>.
/// </summary>
public sealed class SessionLog : IDisposable
{
    public const string MaskedText = "********";

    private readonly TextWriter _writer;
    private readonly TimeProvider _clock;
    private long _lastFlush;
    private bool _dirty;

    public SessionLog(Stream stream, TimeProvider clock, string? path = null)
    {
        _writer = new StreamWriter(stream, new UTF8Encoding(false), CaptureWriter.BufferSize) { NewLine = "\n" };
        _clock = clock;
        _lastFlush = clock.GetTimestamp();
        Path = path;
    }

    /// <summary>Opens a log file for appending (created readable by its owner only).</summary>
    public static SessionLog Open(string path, TimeProvider clock)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return new SessionLog(new FileStream(path, options), clock, path);
    }

    public string? Path { get; }

    public void Received(ReadOnlySpan<char> text) => Line('<', text);

    public void Prompt(ReadOnlySpan<char> text) => Line('%', text);

    public void Input(string text, bool masked) => Line('>', masked ? MaskedText : text);

    public void Event(string text) => Line('*', text);

    public void FlushIfDue()
    {
        if (_dirty && _clock.GetElapsedTime(_lastFlush) >= CaptureWriter.FlushInterval)
            Flush();
    }

    /// <summary>Flushes if anything was written since the last flush (the session's once-a-second tick).</summary>
    public void FlushIfDirty()
    {
        if (_dirty)
            Flush();
    }

    public void Flush()
    {
        _writer.Flush();
        _lastFlush = _clock.GetTimestamp();
        _dirty = false;
    }

    public void Dispose()
    {
        try
        {
            Flush();
        }
        finally
        {
            _writer.Dispose();
        }
    }

    private void Line(char marker, ReadOnlySpan<char> text)
    {
        Span<char> stamp = stackalloc char[32];
        _clock.GetUtcNow().UtcDateTime.TryFormat(stamp, out var n, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        _writer.Write(stamp[..n]);
        _writer.Write(' ');
        _writer.Write(marker);
        _writer.Write(' ');
        // One log line per line: a host's stray CR or an input's newline must not fake another entry.
        while (!text.IsEmpty)
        {
            var stop = text.IndexOfAny('\r', '\n');
            _writer.Write(stop < 0 ? text : text[..stop]);
            if (stop < 0)
                break;
            _writer.Write(' ');
            text = text[(stop + 1)..];
        }
        _writer.Write('\n');
        _dirty = true;
    }
}
