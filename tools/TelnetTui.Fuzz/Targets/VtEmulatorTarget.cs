using TelnetTui.Terminal;
using TelnetTui.Terminal.Output;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Fuzz.Targets;

/// <summary>
/// The VT parser and emulator (Paul Williams' DEC state machine, xterm/ANSI-BBS dispatch) over UTF-8 or
/// CP437: any bytes, any pieces, the same screen, scrollback, cursor, title and replies.
/// </summary>
public sealed class VtEmulatorTarget : IFuzzTarget
{
    public string Name => "vt";

    public IReadOnlyList<byte[]> Dictionary { get; } = VtTokens.Create();

    public void Check(ReadOnlySpan<byte> input, IReadOnlyList<int> cuts)
    {
        // The first byte picks the setup, so a kept vector replays the same way.
        var setup = input.IsEmpty ? (byte)0 : input[0];
        var whole = Run(input, [], setup);
        var chunked = Run(input, cuts, setup);
        if (whole != chunked)
            throw new FuzzCheckException($"{Name}: the terminal differs when fed in pieces:\n--- whole\n{whole}\n--- in pieces\n{chunked}");
    }

    private static string Run(ReadOnlySpan<byte> input, IReadOnlyList<int> cuts, byte setup)
    {
        var replies = new MemoryStream();
        var options = new TerminalOptions
        {
            Columns = 20 + setup % 60,
            Rows = 5 + setup % 20,
            ScrollbackLines = 50,
            Encoding = (setup & 0x80) != 0 ? TerminalEncoding.Cp437 : TerminalEncoding.Utf8,
            AnsiBbs = (setup & 0x40) != 0 ? true : null,
            IceColors = (setup & 0x20) != 0,
            AllowClipboardWrite = (setup & 0x10) != 0,
        };
        var terminal = new VirtualTerminal(options, reply => replies.Write(reply));
        Chunks.Feed(input, cuts, terminal.Feed);
        var text = new StringWriter();
        ScreenTextWriter.Write(terminal.Screen, text, includeScrollback: true);
        var s = terminal.Screen;
        var cursor = s.Cursor;
        if (cursor.Row < 0 || cursor.Row >= s.Rows || cursor.Column < 0 || cursor.Column >= s.Columns)
            throw new FuzzCheckException($"vt: cursor at {cursor.Row},{cursor.Column} on a {s.Columns}x{s.Rows} screen");
        text.Write($"\ncursor {cursor} size {s.Columns}x{s.Rows} title {s.Title}\nreplies {Convert.ToHexString(replies.ToArray())}");
        return text.ToString();
    }
}
