using TelnetTui.Terminal.Bbs;
using SauceReader = TelnetTui.Terminal.Bbs.Sauce;

namespace TelnetTui.Demo.Bbs;

/// <summary>
/// One ANSI art file: the CP437 bytes to send (SAUCE and the EOF byte stripped, as a BBS does) and the
/// same art converted for UTF-8 terminals. The SAUCE record is read with the terminal's <see cref="SauceReader"/>.
/// </summary>
public sealed class ArtFile
{
    private const byte EndOfFile = 0x1A;

    public ArtFile(string name, byte[] file)
    {
        Name = name;
        if (!SauceReader.TryRead(file, file.Length, out var sauce, out var contentLength) || sauce is null)
            throw new InvalidDataException($"{name}: no SAUCE record");
        var length = (int)contentLength;
        if (length <= 0 || file[length] != EndOfFile)
            throw new InvalidDataException($"{name}: the SAUCE record is not preceded by the EOF byte 0x1A");
        Sauce = sauce;
        Cp437Bytes = file[..length];
        Utf8Bytes = BbsText.ToUtf8(Cp437Bytes);
    }

    public string Name { get; }

    public SauceRecord Sauce { get; }

    /// <summary>The art's height in lines (SAUCE TInfo2; 0 when the record gives none).</summary>
    public int Lines => Sauce.Lines ?? 0;

    /// <summary>The art as drawn: CP437 with ANSI escapes, no SAUCE.</summary>
    public byte[] Cp437Bytes { get; }

    /// <summary>The art for a UTF-8 terminal.</summary>
    public byte[] Utf8Bytes { get; }

    public byte[] For(bool utf8) => utf8 ? Utf8Bytes : Cp437Bytes;
}
