using TelnetTui.Core.Capture;

namespace TelnetTui.Core.Replay;

/// <summary>
/// Reads a capture (format in <see cref="CaptureFormat"/>) record by record. A file that is not a
/// capture, or whose header is bad, fails at once with <see cref="InvalidDataException"/> naming the
/// problem; a record cut off at the end (the client was killed mid-write) ends the reading quietly
/// with <see cref="Truncated"/> set; a record that claims an impossible length is corruption
/// (an <see cref="InvalidDataException"/> with its offset).
/// </summary>
public sealed class CaptureReader : IDisposable
{
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private long _microseconds;

    public CaptureReader(Stream stream, bool ownsStream = true)
    {
        _stream = stream.CanSeek ? stream : new BufferedStream(stream, 64 * 1024);
        _ownsStream = ownsStream;
        Span<byte> magic = stackalloc byte[CaptureFormat.Magic.Length];
        if (ReadFully(magic) != magic.Length || !magic.SequenceEqual(CaptureFormat.Magic))
            throw new InvalidDataException("not a TelnetTui capture (the file does not start with the TTCAP header)");
        if (!TryRead(out var first) || first.Kind != CaptureRecordKind.Meta)
            throw new InvalidDataException("the capture has no header record");
        Meta = CaptureMeta.Parse(first.Payload.Span);
    }

    public static CaptureReader Open(string path) =>
        new(new BufferedStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite), 64 * 1024));

    /// <summary>Reads every record of a file into memory (for the interactive player's seeking).</summary>
    public static CaptureRecording Load(string path)
    {
        using var reader = Open(path);
        var records = new List<CaptureRecord>();
        while (reader.TryRead(out var record))
            records.Add(record);
        return new CaptureRecording(reader.Meta, records, reader.Truncated);
    }

    public CaptureMeta Meta { get; }

    /// <summary>The last record was cut off (the writer was killed mid-record); everything before it was read.</summary>
    public bool Truncated { get; private set; }

    /// <summary>Offset of the next record in the file.</summary>
    public long Offset { get; private set; } = CaptureFormat.Magic.Length;

    /// <summary>The next record, or false at the end (see <see cref="Truncated"/>).</summary>
    public bool TryRead(out CaptureRecord record)
    {
        record = default;
        var start = Offset;
        var kind = _stream.ReadByte();
        if (kind < 0)
            return false;
        if (!TryReadLeb128(out var delta) || !TryReadLeb128(out var length))
            return Cut();
        if (length > CaptureFormat.MaxPayload || delta > long.MaxValue / 20)
            throw new InvalidDataException($"corrupt capture: the record at offset {start} claims {length} bytes");
        var payload = new byte[length];
        if (ReadFully(payload) != payload.Length)
            return Cut();
        Offset = start + 1 + Leb128Length(delta) + Leb128Length(length) + (long)length;
        _microseconds += (long)delta;
        record = new CaptureRecord((CaptureRecordKind)kind, TimeSpan.FromTicks(_microseconds * 10), payload);
        return true;
    }

    public void Dispose()
    {
        if (_ownsStream)
            _stream.Dispose();
    }

    private bool Cut()
    {
        Truncated = true;
        return false;
    }

    private bool TryReadLeb128(out ulong value)
    {
        value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = _stream.ReadByte();
            if (b < 0)
                return false;
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
                return true;
        }
        throw new InvalidDataException($"corrupt capture: a number at offset {Offset} is longer than 64 bits");
    }

    private static int Leb128Length(ulong value)
    {
        var n = 1;
        while ((value >>= 7) != 0)
            n++;
        return n;
    }

    private int ReadFully(Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = _stream.Read(buffer[total..]);
            if (n == 0)
                break;
            total += n;
        }
        return total;
    }
}
