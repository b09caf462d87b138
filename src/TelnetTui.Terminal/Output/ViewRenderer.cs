using TelnetTui.Terminal.Bbs;
using TelnetTui.Terminal.Model;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Terminal.Output;

/// <summary>What <see cref="ViewRenderer"/> is asked for; null sizes and encoding mean "from SAUCE, else the default".</summary>
public sealed record ViewRequest
{
    public int? Columns { get; init; }
    public int? Rows { get; init; }
    public TerminalEncoding? Encoding { get; init; }
    public bool Ansi { get; init; }
    public bool IncludeScrollback { get; init; }
    /// <summary>File name, for the encoding guess by extension (.ans, .ice, .diz, .nfo are CP437).</summary>
    public string? FileName { get; init; }
}

/// <summary>
/// Renders a byte stream (ANSI art, a capture, any terminal output) through decoder and emulator and
/// writes the final screen. A SAUCE record sets the size, iCE colours and CP437, and is never drawn.
/// Line feeds also return the carriage, as the tty does when such a file is shown with cat.
/// </summary>
public static class ViewRenderer
{
    public const int DefaultColumns = 80;
    public const int DefaultRows = 25;
    /// <summary>Scrollback kept for --scrollback.</summary>
    public const int ScrollbackLines = 100_000;
    private const int ReadChunk = 64 * 1024;

    private static readonly string[] Cp437Extensions = [".ans", ".ice", ".diz", ".nfo"];

    public static SauceRecord? Render(Stream input, ViewRequest request, TextWriter output)
    {
        SauceRecord? sauce = null;
        var length = input.CanSeek ? input.Length : -1;
        if (input.CanSeek && length >= Sauce.RecordLength)
        {
            var tailLength = (int)Math.Min(length, Sauce.MaxTrailerLength);
            var tail = new byte[tailLength];
            input.Seek(length - tailLength, SeekOrigin.Begin);
            input.ReadExactly(tail);
            if (Sauce.TryRead(tail, length, out sauce, out var content))
                length = content;
            input.Seek(0, SeekOrigin.Begin);
        }
        var fromSauceRows = request.Rows is null && sauce?.Lines is not null;
        var columns = request.Columns ?? Math.Clamp(sauce?.Columns ?? DefaultColumns, 1, Screen.MaxColumns);
        // One spare row when the height comes from SAUCE: a final line feed must not scroll the art's first line away.
        var rows = request.Rows ?? (fromSauceRows ? Math.Clamp(sauce!.Lines!.Value + 1, 1, Screen.MaxRows) : DefaultRows);
        var encoding = request.Encoding ?? (sauce is not null || IsCp437Name(request.FileName) ? TerminalEncoding.Cp437 : TerminalEncoding.Utf8);
        var terminal = new VirtualTerminal(new TerminalOptions
        {
            Columns = columns,
            Rows = rows,
            ScrollbackLines = request.IncludeScrollback ? ScrollbackLines : 0,
            Encoding = encoding,
            IceColors = sauce?.IceColors ?? false,
            ImplicitCarriageReturn = true,
        });
        var buffer = new byte[ReadChunk];
        var remaining = length;
        while (remaining != 0)
        {
            var want = remaining < 0 ? buffer.Length : (int)Math.Min(buffer.Length, remaining);
            var n = input.Read(buffer, 0, want);
            if (n == 0)
                break;
            terminal.Feed(buffer.AsSpan(0, n));
            if (remaining > 0)
                remaining -= n;
        }
        var screen = terminal.Screen;
        var printRows = rows;
        if (fromSauceRows && screen.GetLineText(rows - 1).Length == 0 && screen.GetCell(rows - 1, 0).Background.IsDefault)
            printRows--;
        if (request.Ansi)
            ScreenAnsiWriter.Write(screen, output, request.IncludeScrollback, printRows);
        else
            ScreenTextWriter.Write(screen, output, request.IncludeScrollback, printRows);
        return sauce;
    }

    private static bool IsCp437Name(string? fileName) =>
        fileName is not null && Cp437Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());
}
