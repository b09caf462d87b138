using TelnetTui.Core.Capture;
using TelnetTui.Core.Replay;
using TelnetTui.Core.Tests.Support;

namespace TelnetTui.Core.Tests.Capture;

/// <summary>The capture format (CaptureFormat): records round-trip with their times, a cut-off file reads up to the cut, garbage is refused.</summary>
public sealed class CaptureFormatTests
{
    private static readonly CaptureMeta Meta = new()
    {
        Started = new DateTimeOffset(2025, 1, 2, 20, 15, 0, TimeSpan.Zero),
        Columns = 132,
        Rows = 43,
        Encoding = "cp437",
        AnsiBbs = true,
        IceColours = true,
        Host = "bbs.test",
        Port = 2323,
        Tls = true,
        HostId = "bbs",
    };

    private static (byte[] File, List<CaptureRecord> Written) Sample()
    {
        var clock = new FakeClock();
        var stream = new MemoryStream();
        var written = new List<CaptureRecord>();
        using (var writer = new CaptureWriter(stream, clock, Meta))
        {
            void Add(CaptureRecordKind kind, byte[] payload, long advanceMicroseconds)
            {
                clock.Advance(TimeSpan.FromTicks(advanceMicroseconds * 10));
                writer.Write(kind, payload);
                written.Add(new CaptureRecord(kind, TimeSpan.FromTicks((written.Count == 0 ? 0 : written[^1].Time.Ticks) + advanceMicroseconds * 10), payload));
            }
            Add(CaptureRecordKind.WireReceived, [255, 251, 1, 72, 105], 0);
            Add(CaptureRecordKind.DataReceived, "Hi"u8.ToArray(), 1);
            Add(CaptureRecordKind.Prompt, [249], 127);
            Add(CaptureRecordKind.Resize, [0, 80, 0, 25], 128);
            Add(CaptureRecordKind.LocalText, "\e[0;93mlook\r\n\e[0m"u8.ToArray(), 1_000_000);
            Add(CaptureRecordKind.Sent, "look"u8.ToArray(), 3_600_000_000);
            Add(CaptureRecordKind.SentRedacted, [7], 5);
            Add(CaptureRecordKind.DataReceived, new byte[70_000], 16_384);
            Add(CaptureRecordKind.Encoding, "utf-8"u8.ToArray(), 0);
            Add((CaptureRecordKind)0x7F, [1, 2, 3], 9); // a kind from a later version: read, then skipped by players
        }
        return (stream.ToArray(), written);
    }

    private static List<CaptureRecord> ReadAll(byte[] file, out CaptureReader reader)
    {
        reader = new CaptureReader(new MemoryStream(file));
        var records = new List<CaptureRecord>();
        while (reader.TryRead(out var r))
            records.Add(r);
        return records;
    }

    [Fact]
    public void Records_round_trip_with_their_times_and_the_header()
    {
        var (file, written) = Sample();
        Assert.True(file.AsSpan().StartsWith(CaptureFormat.Magic));
        var read = ReadAll(file, out var reader);
        using (reader)
        {
            Assert.Equal(Meta with { Client = "TelnetTui" }, reader.Meta with { Other = Meta.Other });
            Assert.Empty(reader.Meta.Other);
            Assert.False(reader.Truncated);
        }
        Assert.Equal(written.Count, read.Count);
        for (var i = 0; i < written.Count; i++)
        {
            Assert.Equal(written[i].Kind, read[i].Kind);
            Assert.Equal(written[i].Time, read[i].Time);
            Assert.Equal(written[i].Payload.ToArray(), read[i].Payload.ToArray());
        }
    }

    [Fact]
    public void A_file_cut_anywhere_reads_every_whole_record_before_the_cut()
    {
        var (file, written) = Sample();
        var boundaries = new List<long>();
        using (var reader = new CaptureReader(new MemoryStream(file)))
        {
            boundaries.Add(reader.Offset);
            while (reader.TryRead(out _))
                boundaries.Add(reader.Offset);
        }
        var headerEnd = boundaries[0];
        for (var cut = (int)headerEnd; cut <= file.Length; cut++)
        {
            var read = ReadAll(file[..cut], out var reader);
            var whole = boundaries.Count(b => b <= cut) - 1;
            Assert.Equal(whole, read.Count);
            Assert.Equal(!boundaries.Contains(cut), reader.Truncated);
            reader.Dispose();
        }
        Assert.Equal(written.Count + 1, boundaries.Count);
    }

    [Fact]
    public void A_file_that_is_not_a_capture_is_refused()
    {
        var e = Assert.Throws<InvalidDataException>(() => new CaptureReader(new MemoryStream("\e[31mANSI art"u8.ToArray())));
        Assert.Contains("not a TelnetTui capture", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => new CaptureReader(new MemoryStream(CaptureFormat.Magic.ToArray())));
    }

    [Fact]
    public void A_record_with_an_impossible_length_is_corruption_with_its_offset()
    {
        var (file, _) = Sample();
        using var header = new CaptureReader(new MemoryStream(file));
        var offset = (int)header.Offset;
        var bad = file[..offset].Concat(new byte[] { 3, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F }).ToArray();
        var reader = new CaptureReader(new MemoryStream(bad));
        var e = Assert.Throws<InvalidDataException>(() => reader.TryRead(out _));
        Assert.Contains($"offset {offset}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newer_format_is_refused_by_name()
    {
        var stream = new MemoryStream();
        stream.Write(CaptureFormat.Magic);
        var payload = "format=2\ncolumns=80\n"u8.ToArray();
        stream.Write([1, 0, (byte)payload.Length]);
        stream.Write(payload);
        var e = Assert.Throws<InvalidDataException>(() => new CaptureReader(new MemoryStream(stream.ToArray())));
        Assert.Contains("format 2 is newer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Buffered_records_reach_the_file_within_a_second()
    {
        using var folder = new TempFolder();
        var clock = new FakeClock();
        var path = folder.File("c.ttcap");
        using var writer = CaptureWriter.Create(path, clock, Meta);
        var afterHeader = new FileInfo(path).Length;
        writer.Write(CaptureRecordKind.DataReceived, "data"u8);
        writer.FlushIfDue();
        Assert.Equal(afterHeader, new FileInfo(path).Length); // still in our buffer
        clock.Advance(CaptureWriter.FlushInterval);
        writer.FlushIfDue();
        Assert.True(new FileInfo(path).Length > afterHeader);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }
}
