using TelnetTui.Terminal.Emulation;
using TelnetTui.Terminal.Model;
using TelnetTui.Terminal.Parsing;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Terminal;

/// <summary>
/// The whole receive path for one session: bytes → text decoder → <see cref="VtParser"/> →
/// <see cref="Emulator"/> → <see cref="Screen"/>. Feed it data in any chunks; read the screen between feeds.
/// Replies to the host (device reports) come out through the reply callback.
/// </summary>
public sealed class VirtualTerminal
{
    /// <summary>Characters decoded per step (a fixed buffer: feeding allocates nothing).</summary>
    public const int DecodeChunk = 8192;

    private readonly char[] _chars = new char[DecodeChunk];
    private TextDecoder _decoder;

    public VirtualTerminal(TerminalOptions? options = null, ReplyHandler? reply = null)
    {
        options ??= new TerminalOptions();
        Screen = new Screen(options.Columns, options.Rows, options.ScrollbackLines);
        Encoding = options.Encoding;
        var ansiBbs = options.AnsiBbs ?? options.Encoding.Kind == TerminalEncodingKind.Cp437;
        Emulator = new Emulator(Screen, new EmulatorOptions
        {
            AnsiBbs = ansiBbs,
            IceColors = options.IceColors,
            AllowClipboardWrite = options.AllowClipboardWrite,
            ImplicitCarriageReturn = options.ImplicitCarriageReturn,
        }, reply);
        Parser = new VtParser(Emulator) { RecognizeC1 = Encoding.C1Controls };
        _decoder = Encoding.CreateDecoder(bbsGlyphControls: ansiBbs);
    }

    public Screen Screen { get; }
    public Emulator Emulator { get; }
    public VtParser Parser { get; }
    public TerminalEncoding Encoding { get; private set; }

    /// <summary>Feeds received data bytes (after telnet decoding).</summary>
    public void Feed(ReadOnlySpan<byte> data)
    {
        var chars = _chars.AsSpan();
        while (!data.IsEmpty)
        {
            var n = _decoder.Decode(data, chars, out var consumed);
            data = data[consumed..];
            if (n > 0)
                Parser.Advance(chars[..n]);
            else if (consumed == 0)
                break;
        }
    }

    /// <summary>Feeds text that is already decoded (local echo, tests).</summary>
    public void Feed(ReadOnlySpan<char> text) => Parser.Advance(text);

    /// <summary>
    /// Switches encoding mid-session (CHARSET negotiation, a user's choice). ANSI-BBS follows the
    /// encoding unless <paramref name="ansiBbs"/> says otherwise.
    /// </summary>
    public void SetEncoding(TerminalEncoding encoding, bool? ansiBbs = null)
    {
        Encoding = encoding;
        var bbs = ansiBbs ?? encoding.Kind == TerminalEncodingKind.Cp437;
        _decoder = encoding.CreateDecoder(bbsGlyphControls: bbs);
        Parser.RecognizeC1 = encoding.C1Controls;
        Emulator.SetOptions(Emulator.Options with { AnsiBbs = bbs });
    }

    /// <summary>New size (the session sends NAWS): content and cursor are kept, soft-wrapped lines reflow on the main screen.</summary>
    public void Resize(int columns, int rows) => Screen.Resize(columns, rows);

    /// <summary>Marks the cursor's line as a prompt (telnet GA/EOR).</summary>
    public void MarkPrompt() => Screen.MarkPrompt();
}
