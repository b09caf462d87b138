using System.Buffers.Binary;
using System.Text;

namespace TelnetTui.Core.Capture;

/// <summary>
/// Appends records to a capture (format in <see cref="CaptureFormat"/>), timestamped from the session's
/// clock. Writes are buffered; <see cref="FlushIfDue"/> pushes them to the operating system at least
/// every <see cref="FlushInterval"/>, so a client killed with SIGKILL loses at most that much (the
/// kernel keeps what was written). Not thread-safe: the session's owner thread writes.
/// </summary>
public sealed class CaptureWriter : IDisposable
{
    public const int BufferSize = 64 * 1024;

    public static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);

    private readonly Stream _stream;
    private readonly BufferedStream _buffered;
    private readonly TimeProvider _clock;
    private readonly long _start;
    private long _lastMicroseconds;
    private long _lastFlush;
    private bool _dirty;

    public CaptureWriter(Stream stream, TimeProvider clock, CaptureMeta meta, string? path = null)
    {
        _stream = stream;
        _buffered = new BufferedStream(stream, BufferSize);
        _clock = clock;
        _start = clock.GetTimestamp();
        _lastFlush = _start;
        Path = path;
        Meta = meta;
        _buffered.Write(CaptureFormat.Magic);
        Write(CaptureRecordKind.Meta, meta.ToPayload());
        Flush();
    }

    /// <summary>Creates (or replaces) a capture file, readable by its owner only (it holds what the host showed).</summary>
    public static CaptureWriter Create(string path, TimeProvider clock, CaptureMeta meta)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return new CaptureWriter(new FileStream(path, options), clock, meta, path);
    }

    public string? Path { get; }

    public CaptureMeta Meta { get; }

    /// <summary>Bytes written so far (header included).</summary>
    public long Length { get; private set; }

    public void Write(CaptureRecordKind kind, ReadOnlySpan<byte> payload)
    {
        if (payload.Length > CaptureFormat.MaxPayload)
        {
            // Never happens with the session's chunk sizes; split rather than write an unreadable record.
            Write(kind, payload[..CaptureFormat.MaxPayload]);
            Write(kind, payload[CaptureFormat.MaxPayload..]);
            return;
        }
        var now = (long)(_clock.GetElapsedTime(_start).Ticks / 10);
        var delta = Math.Max(0, now - _lastMicroseconds);
        _lastMicroseconds = Math.Max(_lastMicroseconds, now);
        Span<byte> head = stackalloc byte[1 + 10 + 5];
        head[0] = (byte)kind;
        var n = 1 + WriteLeb128(head[1..], (ulong)delta);
        n += WriteLeb128(head[n..], (ulong)payload.Length);
        _buffered.Write(head[..n]);
        _buffered.Write(payload);
        Length += n + payload.Length;
        _dirty = true;
    }

    public void WriteText(CaptureRecordKind kind, string text) => Write(kind, Encoding.UTF8.GetBytes(text));

    public void WritePrompt(byte command) => Write(CaptureRecordKind.Prompt, [command]);

    public void WriteResize(int columns, int rows)
    {
        Span<byte> payload = stackalloc byte[4];
        BinaryPrimitives.WriteUInt16BigEndian(payload, (ushort)Math.Clamp(columns, 0, ushort.MaxValue));
        BinaryPrimitives.WriteUInt16BigEndian(payload[2..], (ushort)Math.Clamp(rows, 0, ushort.MaxValue));
        Write(CaptureRecordKind.Resize, payload);
    }

    public void WriteRedacted(int count)
    {
        Span<byte> payload = stackalloc byte[10];
        Write(CaptureRecordKind.SentRedacted, payload[..WriteLeb128(payload, (ulong)count)]);
    }

    /// <summary>Flushes when <see cref="FlushInterval"/> has passed since the last flush.</summary>
    public void FlushIfDue()
    {
        if (_dirty && _clock.GetElapsedTime(_lastFlush) >= FlushInterval)
            Flush();
    }

    /// <summary>Flushes if anything was written since the last flush (the session's once-a-second tick).</summary>
    public void FlushIfDirty()
    {
        if (_dirty)
            Flush();
    }

    /// <summary>Hands everything written to the operating system.</summary>
    public void Flush()
    {
        _buffered.Flush();
        _stream.Flush();
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
            _buffered.Dispose();
            _stream.Dispose();
        }
    }

    /// <summary>Unsigned LEB128: seven bits a byte, low bits first, the high bit set on all but the last.</summary>
    public static int WriteLeb128(Span<byte> destination, ulong value)
    {
        var i = 0;
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            destination[i++] = value == 0 ? b : (byte)(b | 0x80);
        }
        while (value != 0);
        return i;
    }
}
