namespace TelnetTui.Telnet.Protocol;

/// <summary>Telnet command bytes (the byte after IAC), with their RFC names.</summary>
public static class TelnetCommand
{
    /// <summary>Interpret As Command (RFC 854).</summary>
    public const byte Iac = 255;
    public const byte Dont = 254;
    public const byte Do = 253;
    public const byte Wont = 252;
    public const byte Will = 251;
    /// <summary>Subnegotiation begin (RFC 855).</summary>
    public const byte Sb = 250;
    /// <summary>Go Ahead: the sender has finished a turn (RFC 854); MUDs use it to end prompts.</summary>
    public const byte Ga = 249;
    public const byte El = 248;
    public const byte Ec = 247;
    public const byte Ayt = 246;
    public const byte Ao = 245;
    public const byte Ip = 244;
    public const byte Brk = 243;
    /// <summary>Data Mark (RFC 854, the Synch signal).</summary>
    public const byte Dm = 242;
    public const byte Nop = 241;
    /// <summary>Subnegotiation end (RFC 855).</summary>
    public const byte Se = 240;
    /// <summary>End of Record (RFC 885); MUDs use it to end prompts.</summary>
    public const byte Eor = 239;
    /// <summary>Abort (RFC 1184).</summary>
    public const byte Abort = 238;
    /// <summary>Suspend (RFC 1184).</summary>
    public const byte Susp = 237;
    /// <summary>End of File (RFC 1184).</summary>
    public const byte Eof = 236;

    /// <summary>The RFC name of a command byte, or its number when it has none.</summary>
    public static string Name(byte command) => command switch
    {
        Iac => "IAC",
        Dont => "DONT",
        Do => "DO",
        Wont => "WONT",
        Will => "WILL",
        Sb => "SB",
        Ga => "GA",
        El => "EL",
        Ec => "EC",
        Ayt => "AYT",
        Ao => "AO",
        Ip => "IP",
        Brk => "BRK",
        Dm => "DM",
        Nop => "NOP",
        Se => "SE",
        Eor => "EOR",
        Abort => "ABORT",
        Susp => "SUSP",
        Eof => "EOF",
        _ => command.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>True for WILL, WONT, DO and DONT, which carry an option byte.</summary>
    public static bool IsNegotiation(byte command) => command is >= Will and <= Dont;

    /// <summary>True for the command bytes RFC 854/885/1184 define (236–254); anything below is unknown.</summary>
    public static bool IsKnown(byte command) => command >= Eof && command != Iac;
}
