using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Engine;

/// <summary>Which command ended a prompt.</summary>
public enum PromptMark
{
    /// <summary>IAC GA (RFC 854).</summary>
    GoAhead = TelnetCommand.Ga,
    /// <summary>IAC EOR (RFC 885).</summary>
    EndOfRecord = TelnetCommand.Eor,
}
