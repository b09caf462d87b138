namespace TelnetTui.Telnet.Values;

/// <summary>Which MUD data protocol a <see cref="MudMessage"/> came over.</summary>
public enum MudProtocol
{
    Gmcp,
    Msdp,
    Mssp,
}
