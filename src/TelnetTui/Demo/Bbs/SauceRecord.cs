using System.Buffers.Binary;
using System.Text;

namespace TelnetTui.Demo.Bbs;

/// <summary>
/// The SAUCE 00 record at the end of an art file (128 bytes, after an EOF byte 0x1A and an optional
/// comment block): title, author, group, date, data and file type, width and lines (TInfo1/2), flags
/// (ANSiFlags: bit 0 iCE colours, bits 1–2 letter spacing, bits 3–4 aspect ratio) and font name.
/// </summary>
public sealed record SauceRecord(
    string Title,
    string Author,
    string Group,
    string Date,
    uint FileSize,
    byte DataType,
    byte FileType,
    ushort Width,
    ushort Lines,
    byte Comments,
    byte Flags,
    string FontName)
{
    public const int Size = 128;

    /// <summary>ANSiFlags bit 0: iCE colours (16 background colours instead of blink).</summary>
    public bool IceColours => (Flags & 1) != 0;

    /// <summary>Finds the record at the end of <paramref name="file"/>; null when there is none.</summary>
    public static SauceRecord? Read(ReadOnlySpan<byte> file)
    {
        if (file.Length < Size)
            return null;
        var r = file[^Size..];
        if (!r[..5].SequenceEqual("SAUCE"u8) || !r[5..7].SequenceEqual("00"u8))
            return null;
        return new SauceRecord(
            Text(r.Slice(7, 35)), Text(r.Slice(42, 20)), Text(r.Slice(62, 20)), Text(r.Slice(82, 8)),
            BinaryPrimitives.ReadUInt32LittleEndian(r.Slice(90, 4)), r[94], r[95],
            BinaryPrimitives.ReadUInt16LittleEndian(r.Slice(96, 2)), BinaryPrimitives.ReadUInt16LittleEndian(r.Slice(98, 2)),
            r[104], r[105], Text(r.Slice(106, 22)));
    }

    /// <summary>
    /// Where the art itself ends: before the EOF byte that precedes the comment block and the record.
    /// </summary>
    public int ContentLength(int fileLength)
    {
        var end = fileLength - Size - (Comments > 0 ? 5 + 64 * Comments : 0);
        return Math.Max(0, end - 1);
    }

    // Character fields are CP437 padded with spaces (or ended by NUL in some files).
    private static string Text(ReadOnlySpan<byte> field)
    {
        var nul = field.IndexOf((byte)0);
        if (nul >= 0)
            field = field[..nul];
        var sb = new StringBuilder(field.Length);
        foreach (var b in field)
            sb.Append(Cp437.Glyph(b));
        return sb.ToString().TrimEnd();
    }
}
