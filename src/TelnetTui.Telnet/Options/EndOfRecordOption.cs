using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Options;

/// <summary>
/// END-OF-RECORD (RFC 885). Agreed on the server's side, IAC EOR ends each prompt; the engine reports
/// it as a prompt mark. On a server, <see cref="TelnetEngine.SendPromptMark"/> uses EOR once it is agreed.
/// </summary>
internal sealed class EndOfRecordOption(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.EndOfRecord);
