using System.Text;

namespace TelnetTui.Terminal.Text;

/// <summary>A System.Text.Encoding code page (latin1, cp1252, koi8-r, big5, gbk...), streamed through its stateful decoder.</summary>
public sealed class CodePageDecoder : TextDecoder
{
    private readonly Decoder _decoder;

    public CodePageDecoder(Encoding encoding) => _decoder = encoding.GetDecoder();

    public override int Decode(ReadOnlySpan<byte> source, Span<char> destination, out int bytesConsumed)
    {
        if (source.IsEmpty)
        {
            bytesConsumed = 0;
            return 0;
        }
        _decoder.Convert(source, destination, flush: false, out bytesConsumed, out var charsUsed, out _);
        return charsUsed;
    }

    public override void Reset() => _decoder.Reset();
}
