namespace TelnetTui.Demo.Bbs;

/// <summary>
/// One ANSI art file: the CP437 bytes to send (SAUCE and the EOF byte stripped, as a BBS does) and the
/// same art converted for UTF-8 terminals.
/// </summary>
public sealed class ArtFile
{
    public ArtFile(string name, byte[] file)
    {
        Name = name;
        Sauce = SauceRecord.Read(file) ?? throw new InvalidDataException($"{name}: no SAUCE record");
        var length = Sauce.ContentLength(file.Length);
        if (length <= 0 || file[length] != 0x1A)
            throw new InvalidDataException($"{name}: the SAUCE record is not preceded by the EOF byte 0x1A");
        Cp437Bytes = file[..length];
        Utf8Bytes = Cp437.ToUtf8(Cp437Bytes);
    }

    public string Name { get; }

    public SauceRecord Sauce { get; }

    /// <summary>The art as drawn: CP437 with ANSI escapes, no SAUCE.</summary>
    public byte[] Cp437Bytes { get; }

    /// <summary>The art for a UTF-8 terminal.</summary>
    public byte[] Utf8Bytes { get; }

    public byte[] For(bool utf8) => utf8 ? Utf8Bytes : Cp437Bytes;
}
