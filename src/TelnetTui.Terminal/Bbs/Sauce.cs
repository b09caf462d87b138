using System.Buffers.Binary;
using System.Text;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Terminal.Bbs;

/// <summary>
/// Finds a SAUCE record at the end of a file and where the drawable content ends: before the
/// record, its comment block ("COMNT" + 64-byte lines) and the DOS end-of-file mark (0x1A) in front of them.
/// The record itself is never drawn.
/// </summary>
public static class Sauce
{
    public const int RecordLength = 128;
    public const int CommentLineLength = 64;
    private const byte EndOfFile = 0x1A;

    /// <summary>
    /// Reads the SAUCE record from <paramref name="tail"/>, the last bytes of a file (at least
    /// <see cref="RecordLength"/>, more to find comments). <paramref name="contentLength"/> is how many
    /// bytes at the start of the file are content, given the file's total length.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> tail, long fileLength, out SauceRecord? record, out long contentLength)
    {
        record = null;
        contentLength = fileLength;
        if (tail.Length < RecordLength || fileLength < RecordLength)
            return false;
        var r = tail[^RecordLength..];
        if (!r[..7].SequenceEqual("SAUCE00"u8))
            return false;
        var commentCount = r[104];
        var comments = new List<string>();
        var start = fileLength - RecordLength;
        var blockLength = 5 + commentCount * CommentLineLength;
        if (commentCount > 0 && tail.Length >= RecordLength + blockLength)
        {
            var block = tail[^(RecordLength + blockLength)..^RecordLength];
            if (block[..5].SequenceEqual("COMNT"u8))
            {
                for (var i = 0; i < commentCount; i++)
                    comments.Add(Text(block.Slice(5 + i * CommentLineLength, CommentLineLength)));
                start -= blockLength;
            }
        }
        var eofIndex = tail.Length - (int)(fileLength - start) - 1;
        if (eofIndex >= 0 && tail[eofIndex] == EndOfFile)
            start--;
        contentLength = start;
        record = new SauceRecord
        {
            Title = Text(r.Slice(7, 35)),
            Author = Text(r.Slice(42, 20)),
            Group = Text(r.Slice(62, 20)),
            Date = Text(r.Slice(82, 8)),
            FileSize = BinaryPrimitives.ReadUInt32LittleEndian(r[90..]),
            DataType = r[94],
            FileType = r[95],
            TInfo1 = BinaryPrimitives.ReadUInt16LittleEndian(r[96..]),
            TInfo2 = BinaryPrimitives.ReadUInt16LittleEndian(r[98..]),
            TInfo3 = BinaryPrimitives.ReadUInt16LittleEndian(r[100..]),
            TInfo4 = BinaryPrimitives.ReadUInt16LittleEndian(r[102..]),
            Flags = r[105],
            FontName = ZeroTerminated(r.Slice(106, 22)),
            Comments = comments,
        };
        return true;
    }

    /// <summary>Bytes a caller should read from the end of a file to find the record and up to 255 comment lines.</summary>
    public const int MaxTrailerLength = RecordLength + 5 + 255 * CommentLineLength + 1;

    private static string Text(ReadOnlySpan<byte> field)
    {
        var sb = new StringBuilder(field.Length);
        foreach (var b in field)
            sb.Append(b == 0 ? ' ' : Cp437.ToChar(b));
        return sb.ToString().Trim();
    }

    private static string ZeroTerminated(ReadOnlySpan<byte> field)
    {
        var end = field.IndexOf((byte)0);
        return Text(end < 0 ? field : field[..end]);
    }
}
