using TelnetTui.Cli;
using TelnetTui.Core.Book;
using TelnetTui.Core.Input;
using TelnetTui.Core.Sessions;
using TelnetTui.Core.Settings;

namespace TelnetTui.App;

/// <summary>
/// Makes the session options for a host: the settings, the book (so last_connected is kept), the host's
/// input history file, the pane's size and the theme's echo colour. The command line's overrides
/// (--encoding, --tls, --term, --force-binary, --cols/--rows) apply to the session the command line
/// started, not to hosts picked later from the book.
/// </summary>
public sealed class SessionFactory(AppConfig config, ISessionConnector connector, TimeProvider clock)
{
    public Session Create(HostEntry host, bool? useTls, SessionOverrides? overrides, (int Columns, int Rows) size, string localEchoSgr,
        System.Threading.Channels.ChannelWriter<SessionInput> inbox)
    {
        if (overrides is { Columns: { } cols, Rows: { } rows })
            host = host with { NawsSize = new TerminalSize(cols, rows) };
        var options = new SessionOptions
        {
            Host = host,
            Settings = config.Settings,
            Book = config.Book.Find(host.Id) is not null ? config.Book : null,
            UseTls = overrides?.Tls == true ? true : useTls,
            Encoding = overrides?.Encoding,
            ForceBinary = overrides?.ForceBinary == true ? true : null,
            TerminalType = overrides?.TerminalType,
            Columns = size.Columns,
            Rows = size.Rows,
            Clock = clock,
            Connector = connector,
            History = InputHistory.ForHost(InputHistory.DefaultFolder(config.Environment), host.Id),
            LocalEchoSgr = localEchoSgr,
        };
        return new Session(options, inbox);
    }
}
