namespace TelnetTui.Terminal.Bbs;

/// <summary>
/// A SAUCE record (Standard Architecture for Universal Comment Extensions, v00, acid.org): the
/// 128-byte trailer art files carry. Text fields are CP437, trimmed.
/// </summary>
public sealed record SauceRecord
{
    public string Title { get; init; } = "";
    public string Author { get; init; } = "";
    public string Group { get; init; } = "";
    /// <summary>CCYYMMDD as stored.</summary>
    public string Date { get; init; } = "";
    public uint FileSize { get; init; }
    public byte DataType { get; init; }
    public byte FileType { get; init; }
    public ushort TInfo1 { get; init; }
    public ushort TInfo2 { get; init; }
    public ushort TInfo3 { get; init; }
    public ushort TInfo4 { get; init; }
    public byte Flags { get; init; }
    /// <summary>TInfoS: the font name for character and binary text files ("IBM VGA", "Amiga Topaz 1"...).</summary>
    public string FontName { get; init; } = "";
    public IReadOnlyList<string> Comments { get; init; } = [];

    /// <summary>DataType 1: Character (ASCII, ANSi, ANSiMation, PCBoard, Avatar, TundraDraw...).</summary>
    public const byte CharacterDataType = 1;
    /// <summary>DataType 5: BinaryText (FileType is half the width).</summary>
    public const byte BinaryTextDataType = 5;
    /// <summary>DataType 6: XBin.</summary>
    public const byte XBinDataType = 6;

    private bool IsCharacterWithSize => DataType == CharacterDataType && FileType is 0 or 1 or 2 or 4 or 5 or 8;

    /// <summary>Width in characters, when the record gives one.</summary>
    public int? Columns => IsCharacterWithSize && TInfo1 > 0 ? TInfo1
        : DataType == BinaryTextDataType && FileType > 0 ? FileType * 2
        : DataType == XBinDataType && TInfo1 > 0 ? TInfo1
        : null;

    /// <summary>Height in lines, when the record gives one.</summary>
    public int? Lines => (IsCharacterWithSize || DataType == XBinDataType) && TInfo2 > 0 ? TInfo2 : null;

    /// <summary>TFlags bit 0 ("non-blink mode"): blink selects a bright background — iCE colours.</summary>
    public bool IceColors => DataType is CharacterDataType or BinaryTextDataType && (Flags & 1) != 0;
}
