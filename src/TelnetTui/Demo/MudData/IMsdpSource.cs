using TelnetTui.Telnet.Values;

namespace TelnetTui.Demo.MudData;

/// <summary>Supplies the values of MSDP variables (the MUD's player); null for a variable it does not have now.</summary>
internal interface IMsdpSource
{
    MudValue? Get(string variable);
}
