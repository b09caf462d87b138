using System.Text;

namespace TelnetTui.Terminal.Text;

/// <summary>
/// A character encoding a host speaks, both ways: a streaming decoder for what arrives and an
/// encoder for what the user types. UTF-8, CP437 through our own glyph table (never .NET's IBM437),
/// or any code page System.Text.Encoding.CodePages knows by name. Encoding never best-fits:
/// a character the host's set lacks is sent as '?'.
/// </summary>
public sealed class TerminalEncoding
{
    static TerminalEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private readonly Encoding? _codePage;

    private TerminalEncoding(string name, TerminalEncodingKind kind, Encoding? codePage, bool c1Controls)
    {
        Name = name;
        Kind = kind;
        _codePage = codePage;
        C1Controls = c1Controls;
    }

    public static TerminalEncoding Utf8 { get; } = new("utf-8", TerminalEncodingKind.Utf8, null, c1Controls: false);

    public static TerminalEncoding Cp437 { get; } = new("cp437", TerminalEncodingKind.Cp437, null, c1Controls: false);

    /// <summary>Canonical name ("utf-8", "cp437", or the code page's web name such as "iso-8859-1").</summary>
    public string Name { get; }

    public TerminalEncodingKind Kind { get; }

    /// <summary>
    /// True when decoded text can carry the C1 controls U+0080–U+009F as the bytes 0x80–0x9F (ISO 8859 sets),
    /// so a parser may act on them. False for UTF-8 (where C1 is ignored) and CP437 (where those bytes are letters).
    /// </summary>
    public bool C1Controls { get; }

    /// <summary>A new decoder with its own streaming state.</summary>
    public TextDecoder CreateDecoder(bool bbsGlyphControls = true) => Kind switch
    {
        TerminalEncodingKind.Utf8 => new Utf8Decoder(),
        TerminalEncodingKind.Cp437 => new Cp437Decoder(bbsGlyphControls),
        _ => new CodePageDecoder(_codePage!),
    };

    /// <summary>Most bytes <see cref="Encode"/> can write for <paramref name="charCount"/> chars.</summary>
    public int GetMaxByteCount(int charCount) => Kind switch
    {
        TerminalEncodingKind.Utf8 => (charCount + 1) * 3,
        TerminalEncodingKind.Cp437 => charCount,
        _ => _codePage!.GetMaxByteCount(charCount),
    };

    /// <summary>Encodes typed text for the host; returns the byte count. Unencodable characters become '?'.</summary>
    public int Encode(ReadOnlySpan<char> text, Span<byte> destination) => Kind switch
    {
        TerminalEncodingKind.Utf8 => Encoding.UTF8.GetBytes(text, destination),
        TerminalEncodingKind.Cp437 => Text.Cp437.Encode(text, destination),
        _ => _codePage!.GetBytes(text, destination),
    };

    /// <summary>Encodes typed text for the host into a new array.</summary>
    public byte[] Encode(string text)
    {
        var buffer = new byte[GetMaxByteCount(text.Length)];
        var n = Encode(text, buffer);
        return buffer.AsSpan(0, n).ToArray();
    }

    /// <summary>The encoding named <paramref name="name"/> (case-insensitive), or an ArgumentException naming it.</summary>
    public static TerminalEncoding Get(string name) =>
        TryGet(name, out var encoding)
            ? encoding
            : throw new ArgumentException($"unknown encoding '{name}' (try utf-8, cp437, latin1, cp1252, koi8-r, big5, gbk)", nameof(name));

    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TerminalEncoding? encoding)
    {
        var key = name.Trim().ToLowerInvariant();
        encoding = key switch
        {
            "utf-8" or "utf8" => Utf8,
            "cp437" or "ibm437" or "437" or "ibm-437" or "cp-437" => Cp437,
            _ => null,
        };
        if (encoding is not null)
            return true;
        var codePage = FindCodePage(key);
        if (codePage is null)
            return false;
        encoding = new TerminalEncoding(codePage.WebName, TerminalEncodingKind.CodePage, codePage, MapsC1(codePage));
        return true;
    }

    private static Encoding? FindCodePage(string key)
    {
        // "cp1252", "windows-1252", "ibm850" and bare numbers name code pages by number.
        foreach (var prefix in new[] { "cp", "windows-", "ibm", "" })
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(key.AsSpan(prefix.Length), out var number) && number > 0)
                return TryCreate(() => Encoding.GetEncoding(number, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD")));
        }
        if (key is "latin1" or "latin-1")
            key = "iso-8859-1";
        return TryCreate(() => Encoding.GetEncoding(key, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD")));
    }

    private static Encoding? TryCreate(Func<Encoding> create)
    {
        try
        {
            var encoding = create();
            // UTF-16/32 are not byte-stream terminal encodings.
            return encoding is UnicodeEncoding or UTF32Encoding ? null : encoding;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static bool MapsC1(Encoding encoding)
    {
        if (!encoding.IsSingleByte)
            return false;
        Span<byte> bytes = stackalloc byte[32];
        Span<char> chars = stackalloc char[64];
        for (var i = 0; i < 32; i++)
            bytes[i] = (byte)(0x80 + i);
        var n = encoding.GetChars(bytes, chars);
        if (n != 32)
            return false;
        for (var i = 0; i < 32; i++)
        {
            if (chars[i] != 0x80 + i)
                return false;
        }
        return true;
    }

    public override string ToString() => Name;
}

public enum TerminalEncodingKind
{
    Utf8,
    Cp437,
    CodePage,
}
