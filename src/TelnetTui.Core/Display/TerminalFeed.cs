using TelnetTui.Terminal;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Core.Display;

/// <summary>
/// Receives the decoded text of the host's data, each piece right after the terminal drew it. Pieces
/// end at a line feed (or at the end of a read), so whoever handles a complete line sees the screen
/// with that line drawn and nothing after it.
/// </summary>
public interface IDecodedTextSink
{
    /// <summary>False when nobody acts on single lines: the text then comes in whole decoded chunks (faster).</summary>
    bool WantsLinePieces { get; }

    /// <summary>
    /// True when the sink draws the pieces itself (a line filter holds each line until it is complete):
    /// the feed then only hands them on. Asked once per decoded chunk.
    /// </summary>
    bool DrawsText => false;

    void OnText(ReadOnlySpan<char> text);
}

/// <summary>
/// The screen side of a session, shared by the live session and replay so that both draw exactly the
/// same screen from the same data: one streaming text decoder (the host's encoding, CP437 glyphs in
/// ANSI-BBS mode) feeding a <see cref="VirtualTerminal"/>, and the decoded text handed on once for
/// line assembly. Local text (echo, notices) goes to the terminal without the decoder.
/// </summary>
public sealed class TerminalFeed
{
    /// <summary>Characters decoded per step: a fixed buffer, so feeding allocates nothing.</summary>
    public const int DecodeChunk = 8192;

    private readonly char[] _chars = new char[DecodeChunk];
    private TextDecoder _decoder;

    public TerminalFeed(VirtualTerminal terminal)
    {
        Terminal = terminal;
        _decoder = terminal.Encoding.CreateDecoder(bbsGlyphControls: terminal.Emulator.Options.AnsiBbs);
    }

    public VirtualTerminal Terminal { get; }

    public TerminalEncoding Encoding => Terminal.Encoding;

    public bool AnsiBbs => Terminal.Emulator.Options.AnsiBbs;

    /// <summary>Decodes <paramref name="data"/> (any chunking), draws it, and gives the text to <paramref name="sink"/>.</summary>
    public void Feed(ReadOnlySpan<byte> data, IDecodedTextSink? sink)
    {
        var chars = _chars.AsSpan();
        while (!data.IsEmpty)
        {
            var n = _decoder.Decode(data, chars, out var consumed);
            data = data[consumed..];
            if (n > 0)
                Draw(chars[..n], sink);
            else if (consumed == 0)
                break;
        }
    }

    private void Draw(ReadOnlySpan<char> text, IDecodedTextSink? sink)
    {
        if (sink is null || !sink.WantsLinePieces)
        {
            Terminal.Feed(text);
            sink?.OnText(text);
            return;
        }
        var draw = !sink.DrawsText;
        while (!text.IsEmpty)
        {
            var lf = text.IndexOf('\n');
            var piece = lf < 0 ? text : text[..(lf + 1)];
            if (draw)
                Terminal.Feed(piece);
            sink.OnText(piece);
            text = text[piece.Length..];
        }
    }

    /// <summary>Text the client itself shows (local echo, notices): drawn, not decoded, not handed on.</summary>
    public void FeedLocal(ReadOnlySpan<char> text) => Terminal.Feed(text);

    /// <summary>Forgets a partly received character (a new connection starts clean).</summary>
    public void ResetDecoder() => _decoder.Reset();

    /// <summary>Switches the host's encoding (CHARSET, the user's choice); ANSI-BBS follows CP437 unless told.</summary>
    public void SetEncoding(TerminalEncoding encoding, bool? ansiBbs = null)
    {
        Terminal.SetEncoding(encoding, ansiBbs);
        _decoder = encoding.CreateDecoder(bbsGlyphControls: AnsiBbs);
    }
}
