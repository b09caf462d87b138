using TelnetTui.Core.Book;
using TelnetTui.Core.Settings;
using TelnetTui.Terminal;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Core.Sessions;

/// <summary>
/// The emulator's options for a host: its encoding (an unknown name falls back to UTF-8), ANSI-BBS mode
/// when the encoding is CP437 or the book says <c>mode = "bbs"</c>, iCE colours,
/// and the scrollback length from [ui].
/// </summary>
public static class TerminalOptionsMapper
{
    public static TerminalOptions Create(AppSettings app, HostEntry host, int columns, int rows, string? encodingOverride = null)
    {
        var encoding = Encoding(host, encodingOverride);
        return new TerminalOptions
        {
            Columns = columns,
            Rows = rows,
            ScrollbackLines = Math.Clamp(app.Ui.ScrollbackLines, 0, Terminal.Model.Screen.MaxScrollbackLines),
            Encoding = encoding,
            AnsiBbs = AnsiBbs(host, encoding),
            IceColors = host.IceColours,
        };
    }

    public static TerminalEncoding Encoding(HostEntry host, string? encodingOverride = null) =>
        TerminalEncoding.TryGet(encodingOverride ?? host.Encoding, out var e) ? e : TerminalEncoding.Utf8;

    public static bool AnsiBbs(HostEntry host, TerminalEncoding encoding) =>
        host.Mode == HostMode.Bbs || encoding.Kind == TerminalEncodingKind.Cp437;
}
