namespace TelnetTui.Telnet.Protocol;

/// <summary>Telnet option codes (IANA "Telnet Options" registry, plus the MUD protocols), with their names.</summary>
public static class TelnetOption
{
    /// <summary>RFC 856.</summary>
    public const byte Binary = 0;
    /// <summary>RFC 857.</summary>
    public const byte Echo = 1;
    /// <summary>RFC 858, Suppress Go Ahead.</summary>
    public const byte SuppressGoAhead = 3;
    /// <summary>RFC 859.</summary>
    public const byte Status = 5;
    /// <summary>RFC 860.</summary>
    public const byte TimingMark = 6;
    /// <summary>RFC 727.</summary>
    public const byte Logout = 18;
    /// <summary>RFC 1091, Terminal Type (and MTTS).</summary>
    public const byte TerminalType = 24;
    /// <summary>RFC 885, End of Record.</summary>
    public const byte EndOfRecord = 25;
    /// <summary>RFC 1073, Negotiate About Window Size.</summary>
    public const byte Naws = 31;
    /// <summary>RFC 1079, Terminal Speed.</summary>
    public const byte TerminalSpeed = 32;
    /// <summary>RFC 1372, Remote Flow Control.</summary>
    public const byte ToggleFlowControl = 33;
    /// <summary>RFC 1184.</summary>
    public const byte Linemode = 34;
    /// <summary>RFC 1096, X Display Location.</summary>
    public const byte XDisplayLocation = 35;
    /// <summary>RFC 1408, the old Environment option.</summary>
    public const byte Environ = 36;
    /// <summary>RFC 2941.</summary>
    public const byte Authentication = 37;
    /// <summary>RFC 2946.</summary>
    public const byte Encrypt = 38;
    /// <summary>RFC 1572 (and MNES).</summary>
    public const byte NewEnviron = 39;
    /// <summary>RFC 2066.</summary>
    public const byte Charset = 42;
    /// <summary>MUD Server Data Protocol.</summary>
    public const byte Msdp = 69;
    /// <summary>MUD Server Status Protocol.</summary>
    public const byte Mssp = 70;
    /// <summary>MUD Client Compression Protocol v1 (obsolete, refused).</summary>
    public const byte Mccp1 = 85;
    /// <summary>MUD Client Compression Protocol v2: server-to-client zlib.</summary>
    public const byte Mccp2 = 86;
    /// <summary>MUD Client Compression Protocol v3: client-to-server zlib.</summary>
    public const byte Mccp3 = 87;
    /// <summary>MUD Sound Protocol.</summary>
    public const byte Msp = 90;
    /// <summary>MUD eXtension Protocol.</summary>
    public const byte Mxp = 91;
    /// <summary>Zenith MUD Protocol.</summary>
    public const byte Zmp = 93;
    /// <summary>Generic MUD Communication Protocol.</summary>
    public const byte Gmcp = 201;
    /// <summary>RFC 861, Extended Options List.</summary>
    public const byte Exopl = 255;

    /// <summary>The usual name of an option, or its number when it has none.</summary>
    public static string Name(byte option) => option switch
    {
        Binary => "BINARY",
        Echo => "ECHO",
        2 => "RCP",
        SuppressGoAhead => "SGA",
        4 => "NAMS",
        Status => "STATUS",
        TimingMark => "TIMING-MARK",
        7 => "RCTE",
        8 => "NAOL",
        9 => "NAOP",
        10 => "NAOCRD",
        11 => "NAOHTS",
        12 => "NAOHTD",
        13 => "NAOFFD",
        14 => "NAOVTS",
        15 => "NAOVTD",
        16 => "NAOLFD",
        17 => "XASCII",
        Logout => "LOGOUT",
        19 => "BM",
        20 => "DET",
        21 => "SUPDUP",
        22 => "SUPDUP-OUTPUT",
        23 => "SEND-LOCATION",
        TerminalType => "TTYPE",
        EndOfRecord => "EOR",
        26 => "TUID",
        27 => "OUTMRK",
        28 => "TTYLOC",
        29 => "3270-REGIME",
        30 => "X.3-PAD",
        Naws => "NAWS",
        TerminalSpeed => "TSPEED",
        ToggleFlowControl => "LFLOW",
        Linemode => "LINEMODE",
        XDisplayLocation => "XDISPLOC",
        Environ => "ENVIRON",
        Authentication => "AUTHENTICATION",
        Encrypt => "ENCRYPT",
        NewEnviron => "NEW-ENVIRON",
        Charset => "CHARSET",
        Msdp => "MSDP",
        Mssp => "MSSP",
        Mccp1 => "MCCP1",
        Mccp2 => "MCCP2",
        Mccp3 => "MCCP3",
        Msp => "MSP",
        Mxp => "MXP",
        Zmp => "ZMP",
        Gmcp => "GMCP",
        Exopl => "EXOPL",
        _ => option.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
