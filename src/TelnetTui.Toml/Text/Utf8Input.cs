using System.Buffers;
using System.Text.Unicode;

namespace TelnetTui.Toml.Text;

/// <summary>Decodes a TOML file's bytes: TOML 1.0.0 documents are UTF-8, and anything else is an error with its place.</summary>
internal static class Utf8Input
{
    public static string Decode(ReadOnlySpan<byte> bytes, string? fileName)
    {
        if (bytes.Length > TomlLimits.MaxDocumentLength)
            throw new TomlException(new TomlPosition(fileName, 1, 1, 0), $"the document is larger than {TomlLimits.MaxDocumentLength} bytes");
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
            var decoded = new string(chars, 0, written);
            if (status == OperationStatus.Done)
                return decoded;
            var position = new TomlSourceText(decoded, fileName).PositionAt(decoded.Length);
            throw new TomlException(position, $"byte 0x{bytes[read]:X2} (at byte offset {read}) is not valid UTF-8; TOML files must be UTF-8");
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
