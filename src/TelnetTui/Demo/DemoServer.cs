using System.Net;
using System.Runtime.CompilerServices;
using TelnetTui.Demo.Assets;
using TelnetTui.Demo.Sessions;
using TelnetTui.Telnet.Connection;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Server;

namespace TelnetTui.Demo;

/// <summary>
/// The embedded demo server (<c>telnettui serve</c>, and <c>telnettui --demo</c> in-process): one port, a
/// main menu, and three areas — a CP437 BBS in character mode, a small MUD in line mode with GMCP, MSDP,
/// MSSP and MCCP2, and a negotiation lab. Listens on loopback unless told otherwise.
/// <code>
/// await using var demo = new DemoServer();
/// demo.Start();
/// Console.WriteLine($"listening on {demo.LocalEndPoint}");
/// </code>
/// </summary>
public sealed class DemoServer : IAsyncDisposable
{
    private readonly DemoContext _context;
    private readonly TelnetServer _server;
    private readonly ConditionalWeakTable<TelnetEngine, SessionInbox> _inboxes = new();
    private int _stopped;

    public DemoServer(DemoServerOptions? options = null)
    {
        Options = options ?? new DemoServerOptions();
        _context = new DemoContext(Options, DemoAssets.Default);
        var serverOptions = new TelnetServerOptions
        {
            EndPoint = Options.EndPoint,
            MaxConnections = Options.MaxConnections,
            Settings = new TelnetSettings { Role = TelnetRole.Server, Policy = Policy() },
            Channel = new TelnetChannelOptions
            {
                // The demo reads input through its own inbox; the channel's text buffer is not used.
                MaxBufferedChars = 4096,
                BeforeStart = engine => _inboxes.Add(engine, new SessionInbox(engine, Options)),
            },
        };
        _server = new TelnetServer(ServeAsync, serverOptions);
        _server.SessionFailed += e =>
        {
            Options.Log?.Invoke($"session failed: {e.GetType().Name}: {e.Message}");
            SessionFailed?.Invoke(e);
        };
    }

    public DemoServerOptions Options { get; }

    /// <summary>The address listened on; the port is known once <see cref="Start"/> has run.</summary>
    public IPEndPoint LocalEndPoint => _server.LocalEndPoint;

    /// <summary>A session ended by an unexpected error (a bug: bad input alone never does this).</summary>
    public event Action<Exception>? SessionFailed;

    /// <summary>Players in the MUD right now.</summary>
    public int MudPlayers => _context.Realm.PlayerCount;

    /// <summary>Starts listening (throws <see cref="System.Net.Sockets.SocketException"/> when the address is taken).</summary>
    public void Start()
    {
        _server.Start();
        _context.Port = LocalEndPoint.Port;
    }

    /// <summary>Stops listening and ends every session (each is told the server is shutting down).</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
            await _server.StopAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await _server.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// What the server negotiates at once: the engine's server defaults (WILL SGA, EOR, GMCP, MSSP, MCCP2;
    /// DO TTYPE, NAWS, NEW-ENVIRON), plus WILL MSDP. ECHO stays off until an area wants character mode.
    /// </summary>
    private static NegotiationPolicy Policy() => NegotiationPolicy.ForServer()
        .Set(TelnetOption.Msdp, TelnetSide.Local, OptionPolicy.Offer);

    private async Task ServeAsync(TelnetChannel channel, CancellationToken stopping)
    {
        if (!_inboxes.TryGetValue(channel.Connection.Engine, out var inbox))
            throw new InvalidOperationException("a connection started without its inbox");
        _ = channel.Connection.Closed.ContinueWith(_ => inbox.Close(), TaskScheduler.Default);
        var session = new DemoSession(_context.NextSessionId(), channel, inbox, _context, stopping);
        await SessionLoop.RunAsync(session, () => channel.WaitForNegotiationAsync(TimeSpan.Zero, Options.NegotiationWait, stopping)).ConfigureAwait(false);
    }
}
