namespace TelnetTui.Telnet.Engine;

/// <summary>MTTS capability bits (MUD Terminal Type Standard), sent as <c>MTTS n</c> on the third TTYPE reply.</summary>
[Flags]
public enum MttsFlags
{
    None = 0,
    Ansi = 1,
    Vt100 = 2,
    Utf8 = 4,
    Colors256 = 8,
    MouseTracking = 16,
    OscColorPalette = 32,
    ScreenReader = 64,
    Proxy = 128,
    TrueColor = 256,
    Mnes = 512,
    Mslp = 1024,
    Ssl = 2048,
}
