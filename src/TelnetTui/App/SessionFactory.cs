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
    public Session Create(HostEntry host, SessionOverrides? overrides, (int Columns, int Rows) size, string localEchoSgr,
        System.Threading.Channels.ChannelWriter<SessionInput> inbox)
    {
        if (overrides is { Columns: { } cols, Rows: { } rows })
            host = host with { NawsSize = new TerminalSize(cols, rows) };
        var options = new SessionOptions
        {
            Host = host,
            Settings = config.Settings,
            Book = config.Book.Find(host.Id) is not null ? config.Book : null,
            UseTls = overrides?.Tls == true ? true : null,
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

    /// <summary>A host for an address that is not in the book (the book's entry when one has that address and port).</summary>
    public HostEntry HostFor(ConnectTarget target)
    {
        var port = target.EffectivePort;
        var saved = config.Book.Hosts.FirstOrDefault(h => string.Equals(h.Host, target.Host, StringComparison.OrdinalIgnoreCase) && h.Port == port);
        if (saved is not null)
            return target.Tls == true && !saved.Tls ? saved with { Tls = true } : saved;
        return new HostEntry
        {
            Id = HostIds.FromName($"{target.Host}-{port}", _ => false),
            Name = target.Display,
            Host = target.Host,
            Port = port,
            Tls = target.Tls == true,
        };
    }
}
