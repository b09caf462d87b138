using System.Text;
using TelnetTui.Demo.Assets;
using TelnetTui.Demo.Input;
using TelnetTui.Demo.Sessions;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Bbs;

/// <summary>
/// The BBS area: character mode (the server says WILL ECHO and WILL SGA, so every key comes at once and
/// nothing is echoed), the <c>ESC[6n</c> check, then the welcome art and a menu of single-key screens.
/// The art is CP437; a terminal found to decode UTF-8 (or, when it did not answer, one whose MTTS says
/// UTF-8) gets it converted, and E switches by hand. M or Q goes back to the main menu, G logs off.
/// </summary>
internal sealed class BbsArea
{
    private readonly DemoSession _session;

    private BbsArea(DemoSession session) => _session = session;

    public DemoSession Session => _session;

    /// <summary>Send text as UTF-8 (true) or CP437 (false).</summary>
    public bool Utf8 { get; private set; }

    public AnsiDetection Detection { get; private set; }

    public static Task<AreaExit> RunAsync(DemoSession session) => new BbsArea(session).LoopAsync();

    /// <summary>Sends text in the board's encoding.</summary>
    public Task WriteAsync(string text) => _session.WriteBytesAsync(Utf8 ? Encoding.UTF8.GetBytes(text) : BbsText.Encode(text));

    /// <summary>Waits for the next key; events that come meanwhile are left to <paramref name="onEvent"/>.</summary>
    public async Task<Key> ReadKeyAsync(Func<DemoEvent, Task>? onEvent = null)
    {
        while (true)
        {
            var input = await _session.NextAsync(Timeout.InfiniteTimeSpan).ConfigureAwait(false);
            if (input.Kind == SessionInputKind.Key)
                return input.Key;
            if (input.Kind == SessionInputKind.Event && onEvent is not null)
                await onEvent(input.Event!).ConfigureAwait(false);
        }
    }

    private async Task<AreaExit> LoopAsync()
    {
        _session.Mode = InputMode.Keys;
        // Character mode: "kludge line mode" off, RFC 857 + RFC 858.
        await _session.RequestAsync(TelnetSide.Local, TelnetOption.SuppressGoAhead, enable: true).ConfigureAwait(false);
        await _session.SetEchoAsync(true).ConfigureAwait(false);
        Detection = await AnsiDetector.RunAsync(_session).ConfigureAwait(false);
        Utf8 = Detection.Utf8 ?? ClientSaysUtf8();
        await ShowArtAsync(DemoAssets.Welcome).ConfigureAwait(false);
        var art = _session.Context.Assets.Art[DemoAssets.Welcome];
        await WriteAsync($"{Ansi.MoveTo(art.Lines + 2, 3)}{Ansi.Colour(Ansi.Cyan, true)}{Detection}{Ansi.Reset}\r\n"
            + $"  {Ansi.Colour(Ansi.Grey)}Sending {(Utf8 ? "UTF-8" : "CP437")}; press {Ansi.Colour(Ansi.Brown, true)}any key{Ansi.Colour(Ansi.Grey)} to enter.{Ansi.Reset}").ConfigureAwait(false);
        await ReadKeyAsync().ConfigureAwait(false);
        string? status = null;
        while (true)
        {
            await DrawMenuAsync(status).ConfigureAwait(false);
            status = null;
            var key = await ReadKeyAsync().ConfigureAwait(false);
            switch (key.Hotkey)
            {
                case 'I':
                    await new TerminalInfoScreen(this).RunAsync().ConfigureAwait(false);
                    break;
                case 'C':
                    await CharsetChart.ShowAsync(this).ConfigureAwait(false);
                    await ReadKeyAsync().ConfigureAwait(false);
                    break;
                case 'B':
                    await ShowArtAsync(DemoAssets.Bulletins).ConfigureAwait(false);
                    await ReadKeyAsync().ConfigureAwait(false);
                    break;
                case 'E':
                    Utf8 = !Utf8;
                    status = $"Now sending {(Utf8 ? "UTF-8" : "CP437")}.";
                    break;
                case 'M' or 'Q':
                    await WriteAsync(Ansi.ClearScreen).ConfigureAwait(false);
                    return AreaExit.Lobby;
                case 'G':
                    await ShowArtAsync(DemoAssets.Goodbye).ConfigureAwait(false);
                    return AreaExit.Disconnect;
                default:
                    if (key.Kind != KeyKind.Enter)
                        status = Ansi.Bell + "No such key here: press I, C, B, E, M or G.";
                    break;
            }
        }
    }

    private Task ShowArtAsync(string name)
    {
        var art = _session.Context.Assets.Art[name];
        return _session.WriteBytesAsync(Encoding.ASCII.GetBytes(Ansi.ClearScreen).Concat(art.For(Utf8)).ToArray());
    }

    private async Task DrawMenuAsync(string? status)
    {
        await ShowArtAsync(DemoAssets.Menu).ConfigureAwait(false);
        var row = _session.Context.Assets.Art[DemoAssets.Menu].Lines + 2;
        var (size, nawsOn) = _session.Query(e => (e.WindowSize, e.IsEnabled(TelnetSide.Remote, TelnetOption.Naws)));
        var line = $"{Ansi.MoveTo(row, 3)}{Ansi.Colour(Ansi.Blue, true)}♦ {Ansi.Colour(Ansi.Grey)}{(Detection.Answered ? "ANSI detected" : "ANSI not detected")}"
            + $" {Ansi.Colour(Ansi.Blue, true)}· {Ansi.Colour(Ansi.Grey)}{(Utf8 ? "UTF-8" : "CP437")}"
            + $" {Ansi.Colour(Ansi.Blue, true)}· {Ansi.Colour(Ansi.Grey)}{(nawsOn ? size.ToString() : "no NAWS")}"
            + $" {Ansi.Colour(Ansi.Blue, true)}· {Ansi.Colour(Ansi.Grey)}node {_session.Id}{Ansi.Reset}";
        if (status is not null)
            line += $"{Ansi.MoveTo(row + 1, 3)}{Ansi.Colour(Ansi.Brown, true)}{status}{Ansi.Reset}";
        await WriteAsync(line + Ansi.MoveTo(row + 2, 3) + Ansi.Colour(Ansi.Grey) + "Your key: " + Ansi.Reset).ConfigureAwait(false);
    }

    /// <summary>Without an answer to ESC[6n: UTF-8 when the client's MTTS bits say so (bit 4), else CP437.</summary>
    private bool ClientSaysUtf8()
    {
        var types = _session.Query(e => e.ReceivedTerminalTypes.ToArray());
        return types.Any(t => t.StartsWith("MTTS ", StringComparison.Ordinal) && int.TryParse(t.AsSpan(5), out var bits) && (bits & 4) != 0);
    }
}
