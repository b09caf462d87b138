namespace TelnetTui.Demo.Lab;

/// <summary>The lab's command list.</summary>
internal static class LabHelp
{
    public const string Text =
        "  options              the option table: each option's state on both sides (RFC 1143)\r\n" +
        "  echo on|off          WILL/WONT ECHO; with SGA on, echo on is character mode\r\n" +
        "  sga on|off           WILL/WONT SUPPRESS-GO-AHEAD\r\n" +
        "  binary on|off        WILL+DO / WONT+DONT BINARY, both directions\r\n" +
        "  eor on|off           WILL/WONT EOR: prompts end in IAC EOR instead of IAC GA\r\n" +
        "  mccp on|off          WILL/WONT MCCP2: compress what the server sends\r\n" +
        "  gmcp [on|off]        toggle GMCP; alone: send sample GMCP messages\r\n" +
        "  msdp [on|off]        toggle MSDP; alone: send sample MSDP variables\r\n" +
        "  mssp                 send the MSSP status (WILL MSSP first if needed)\r\n" +
        "  naws [off]           DO NAWS: ask for your window size (again)\r\n" +
        "  ttype                ask for your terminal types again (restart the TTYPE cycle)\r\n" +
        "  charset [names...]   CHARSET REQUEST (default: UTF-8 ISO-8859-1)\r\n" +
        "  timing               DO TIMING-MARK\r\n" +
        "  will|wont|do|dont X  any request, X an option name or number\r\n" +
        "  back                 back to the main menu\r\n";
}
