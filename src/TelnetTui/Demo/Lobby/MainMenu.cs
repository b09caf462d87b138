using TelnetTui.Demo.Sessions;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Lobby;

/// <summary>
/// The first thing a client sees: a short menu of the three areas. It works in both telnet modes. In
/// character mode (the server has WILL ECHO and WILL SGA, as after the BBS) a single key B, M, L or Q
/// chooses at once; in line mode the client sends whole lines, so "bbs", "mud", "lab", "quit" or just
/// their first letter, then Enter. The prompt ends in IAC EOR or GA like every prompt here.
/// </summary>
internal static class MainMenu
{
    private const string Key = "\x1b[1;33m";
    private const string Title = "\x1b[1;36m";
    private const string Reset = "\x1b[0m";

    public static async Task<AreaChoice> RunAsync(DemoSession session)
    {
        var characterMode = session.IsEnabled(TelnetSide.Local, TelnetOption.Echo) && session.IsEnabled(TelnetSide.Local, TelnetOption.SuppressGoAhead);
        session.Mode = characterMode ? InputMode.Keys : InputMode.Lines;
        session.EchoTyped = false;
        await session.WriteAsync(Text(characterMode)).ConfigureAwait(false);
        await session.PromptAsync("Your choice: ").ConfigureAwait(false);
        while (true)
        {
            var input = await session.NextAsync(Timeout.InfiniteTimeSpan).ConfigureAwait(false);
            AreaChoice? choice = null;
            string? complaint = null;
            switch (input.Kind)
            {
                case SessionInputKind.Key when input.Key.Kind == Input.KeyKind.Enter:
                    break;
                case SessionInputKind.Key when input.Key.Hotkey == '\0':
                    // Arrow keys, stray line ends, bytes of UTF-8: not a choice, not worth a complaint.
                    continue;
                case SessionInputKind.Key:
                    choice = Choose(input.Key.Hotkey.ToString());
                    complaint = choice is null ? "Press B, M, L or Q." : null;
                    break;
                case SessionInputKind.Line when input.Line.TooLong:
                    complaint = "That is too long for a menu choice.";
                    break;
                case SessionInputKind.Line:
                    var text = input.Line.Text.Trim();
                    choice = text.Length == 0 ? null : Choose(text);
                    complaint = text.Length > 0 && choice is null ? "Type bbs, mud, lab or quit (or the first letter) and press Enter." : null;
                    break;
                default:
                    continue;
            }
            if (choice is { } chosen)
            {
                await session.WriteAsync("\r\n").ConfigureAwait(false);
                return chosen;
            }
            if (complaint is not null)
                await session.WriteAsync("\r\n" + complaint + "\r\n").ConfigureAwait(false);
            await session.PromptAsync("Your choice: ").ConfigureAwait(false);
        }
    }

    /// <summary>"b", "B", "bbs" → BBS and so on; null for anything else.</summary>
    public static AreaChoice? Choose(string text) => text.ToLowerInvariant() switch
    {
        "b" or "bbs" => AreaChoice.Bbs,
        "m" or "mud" => AreaChoice.Mud,
        "l" or "lab" => AreaChoice.Lab,
        "q" or "quit" or "logout" or "bye" => AreaChoice.Quit,
        _ => null,
    };

    private static string Text(bool characterMode) =>
        "\r\n" +
        $"{Title}TelnetTui demo server{Reset} - pick an area\r\n" +
        "\r\n" +
        $"  {Key}B{Reset}  BBS   ANSI/CP437 art, character mode, ESC[6n detection, live NAWS screen\r\n" +
        $"  {Key}M{Reset}  MUD   a tiny world: GMCP, MSDP, MSSP, MCCP2, GA/EOR prompts, flood N\r\n" +
        $"  {Key}L{Reset}  Lab   make the server negotiate (ECHO, SGA, BINARY, EOR, TTYPE, CHARSET...)\r\n" +
        $"  {Key}Q{Reset}  Quit\r\n" +
        "\r\n" +
        (characterMode
            ? "Press B, M, L or Q.\r\n"
            : "Type bbs, mud, lab or quit (or just the first letter) and press Enter.\r\n");
}
