using System.Globalization;

namespace TelnetTui.Demo.MudData;

/// <summary>
/// The demo's MSSP variables (MUD Server Status Protocol, tintin.mudhalla.net/protocols/mssp): sent once
/// the client agrees to MSSP, with the current player count and the server's start time as UPTIME.
/// </summary>
internal static class MsspInfo
{
    public const string Name = "TelnetTui Demo";

    public static List<KeyValuePair<string, string>> Variables(DemoContext context)
    {
        static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
        return
        [
            new("NAME", Name),
            new("PLAYERS", N(context.Realm.PlayerCount)),
            new("UPTIME", N(context.StartedAt.ToUnixTimeSeconds())),
            new("CODEBASE", "TelnetTui demo server"),
            new("CRAWL DELAY", "-1"),
            new("PORT", N(context.Port)),
            new("LANGUAGE", "English"),
            new("FAMILY", "Custom"),
            new("GENRE", "Fantasy"),
            new("GAMEPLAY", "Social"),
            new("STATUS", "Open Beta"),
            new("AREAS", "1"),
            new("ROOMS", N(context.Assets.World.Rooms.Count)),
            new("ANSI", "1"),
            new("UTF-8", "1"),
            new("VT100", "1"),
            new("XTERM 256 COLORS", "0"),
            new("GMCP", "1"),
            new("MSDP", "1"),
            new("MSSP", "1"),
            new("MCCP", "1"),
            new("MXP", "0"),
            new("MSP", "0"),
        ];
    }
}
