using System.Globalization;
using System.Text;
using TelnetTui.Demo.Sessions;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Bbs;

/// <summary>
/// "Your terminal": what the client told the server, drawn in a frame that fills the window the client
/// reported with NAWS, and drawn again on every NAWS report (and each new TTYPE answer). T asks for the
/// terminal types again (restarts the TTYPE cycle); Q, M or Enter goes back to the menu.
/// </summary>
internal sealed class TerminalInfoScreen(BbsArea bbs)
{
    private const int LabelWidth = 24;
    private int _reports;

    public async Task RunAsync()
    {
        await DrawAsync().ConfigureAwait(false);
        while (true)
        {
            var key = await bbs.ReadKeyAsync(OnEventAsync).ConfigureAwait(false);
            switch (key.Hotkey)
            {
                case 'Q' or 'M':
                    return;
                case 'T':
                    await bbs.Session.RestartTerminalTypesAsync().ConfigureAwait(false);
                    await DrawAsync().ConfigureAwait(false);
                    break;
                default:
                    if (key.Kind == Input.KeyKind.Enter)
                        return;
                    break;
            }
        }
    }

    private async Task OnEventAsync(DemoEvent e)
    {
        switch (e)
        {
            case WindowSizeReported:
                _reports++;
                await DrawAsync().ConfigureAwait(false);
                break;
            case TerminalTypeReported:
            case OptionToggled { Change.Option: TelnetOption.Naws or TelnetOption.TerminalType }:
                await DrawAsync().ConfigureAwait(false);
                break;
        }
    }

    private Task DrawAsync()
    {
        var session = bbs.Session;
        var (size, nawsOn, types, echo, sga) = session.Query(e => (
            e.WindowSize,
            e.IsEnabled(TelnetSide.Remote, TelnetOption.Naws),
            e.ReceivedTerminalTypes.ToArray(),
            e.IsEnabled(TelnetSide.Local, TelnetOption.Echo),
            e.IsEnabled(TelnetSide.Local, TelnetOption.SuppressGoAhead)));
        var window = nawsOn && size.Columns > 0 && size.Rows > 0 ? size : new WindowSize(80, 24);
        // The frame stops one column short of the edge: writing the last column could wrap (ANSI-BBS wraps at once).
        var width = Math.Clamp(window.Columns - 1, 30, DemoLimits.MaxDrawColumns);
        var height = Math.Clamp(window.Rows, 10, DemoLimits.MaxDrawRows);
        var (client, version) = session.Client.GmcpHello;
        var env = session.Client.Environment;
        var lines = new List<(string Label, string Value)>
        {
            ("Window size (NAWS)", nawsOn ? $"{size.Columns} x {size.Rows}" + (_reports > 0 ? $"   (update {_reports.ToString(CultureInfo.InvariantCulture)})" : "") : "not reported: your client refused NAWS"),
            ("Frame drawn", $"{width} x {height} cells: resize your window, it follows"),
            ("Terminal types (TTYPE)", types.Length > 0 ? string.Join(" → ", types) : "none reported"),
            ("MTTS capabilities", Mtts(types)),
            ("GMCP Core.Hello", client is null ? "none" : $"{client} {version}".TrimEnd()),
            ("NEW-ENVIRON", env.Count == 0 ? "none" : string.Join(", ", env.Select(p => p.Key + "=" + p.Value))),
            ("ANSI", bbs.Detection.Answered ? $"answered ESC[6n: row {bbs.Detection.Row}, column {bbs.Detection.Column}" : "no answer to ESC[6n"),
            ("Encoding on this board", bbs.Utf8 ? "UTF-8" : "CP437"),
            ("Telnet mode", echo && sga ? "character mode (server WILL ECHO, WILL SGA)" : "line mode"),
        };
        var sb = new StringBuilder(Ansi.ClearScreen);
        var blue = Ansi.Colour(Ansi.Blue, true);
        sb.Append(blue).Append('╔').Append(Title(width - 2)).Append('╗');
        for (var row = 2; row < height; row++)
            sb.Append(Ansi.MoveTo(row, 1)).Append('║').Append(Ansi.MoveTo(row, width)).Append('║');
        sb.Append(Ansi.MoveTo(height, 1)).Append('╚').Append('═', width - 2).Append('╝');
        var inner = width - 4;
        var row0 = 3;
        foreach (var (label, value) in lines)
        {
            if (row0 >= height - 2)
                break;
            sb.Append(Ansi.MoveTo(row0++, 3)).Append(Ansi.Colour(Ansi.Cyan)).Append(Fit(label.PadRight(LabelWidth), inner))
                .Append(Ansi.Colour(Ansi.Grey, true)).Append(Fit(value, inner - LabelWidth));
        }
        sb.Append(Ansi.MoveTo(height - 1, 3)).Append(Ansi.Colour(Ansi.Brown, true)).Append(Fit("[T] ask for the terminal types again   [Q] back to the menu", inner));
        sb.Append(Ansi.Reset).Append(Ansi.MoveTo(height - 1, Math.Min(width - 2, 3 + inner)));
        return bbs.WriteAsync(sb.ToString());
    }

    private static string Title(int span)
    {
        const string title = "═ ♦ Your terminal ♦ ";
        return span <= title.Length ? new string('═', span) : title + new string('═', span - title.Length);
    }

    private static string Fit(string text, int width) => width <= 0 ? "" : text.Length <= width ? text : text[..Math.Max(0, width - 1)] + "»";

    /// <summary>The MTTS bits (MUD Terminal Type Standard) in words, from the "MTTS n" terminal type.</summary>
    private static string Mtts(string[] types)
    {
        var mtts = types.FirstOrDefault(t => t.StartsWith("MTTS ", StringComparison.Ordinal));
        if (mtts is null || !int.TryParse(mtts.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var bits))
            return "none reported";
        var names = Enum.GetValues<MttsFlags>().Where(f => f != MttsFlags.None && ((int)f & bits) != 0).Select(f => f.ToString());
        return string.Join(", ", names);
    }
}
