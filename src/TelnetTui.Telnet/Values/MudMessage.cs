namespace TelnetTui.Telnet.Values;

/// <summary>
/// One parsed MUD data message: a GMCP <c>Package.Message</c> with its JSON, one MSDP variable with its
/// value, or the MSSP variable set (Name empty). <see cref="Error"/> is set when the payload was not
/// well formed; <see cref="Value"/> then holds the raw text as a string.
/// </summary>
public sealed record MudMessage(MudProtocol Protocol, string Name, MudValue Value, string? Error = null);
