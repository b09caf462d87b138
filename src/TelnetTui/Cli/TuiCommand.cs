using System.CommandLine;
using System.Net;
using TelnetTui.App;
using TelnetTui.Core.Sessions;
using TelnetTui.Demo;
using TelnetTui.Tui.Platform;

namespace TelnetTui.Cli;

/// <summary>
/// The root command: <c>telnettui</c> opens the TUI on the connection book; <c>telnettui HOST [PORT]</c>
/// (or a telnet:// / telnets:// URL, or a book entry's id) connects at once; <c>--demo</c> starts the
/// embedded demo server on loopback and connects to it. Exit codes: 0 after quitting, 1 when the host asked
/// for could not be reached, 2 for bad usage, a bad config.toml or theme (each problem with its
/// file:line:col) or when standard input/output is not a terminal.
/// </summary>
public static class TuiCommand
{
    public static void Configure(RootCommand root)
    {
        var host = new Argument<string?>("HOST") { Description = "Host name or address, host:port, telnet://host:port, telnets://host:port, or the id of a book entry.", Arity = ArgumentArity.ZeroOrOne };
        var port = new Argument<int?>("PORT") { Description = "TCP port (default 23, or 992 with TLS).", Arity = ArgumentArity.ZeroOrOne };
        var demo = new Option<bool>("--demo") { Description = "Start the embedded demo server (a BBS, a MUD and a negotiation lab) on loopback and connect to it." };
        var common = new CommonOptions();
        root.Arguments.Add(host);
        root.Arguments.Add(port);
        root.Options.Add(demo);
        common.AddTo(root);
        root.Validators.Add(result =>
        {
            var h = result.GetValue(host);
            var p = result.GetValue(port);
            if (p is < 1 or > 65535)
            {
                result.AddError($"PORT must be between 1 and 65535, not {p}");
                return;
            }
            if (result.GetValue(demo) && h is not null)
                result.AddError("--demo connects to the built-in demo server; give no HOST with it");
            // An unknown option would otherwise be taken for the host.
            if (h is not null && h.StartsWith('-'))
            {
                result.AddError($"unrecognized option '{h}' (telnettui --help lists them)");
                return;
            }
            // The syntax is checked here; which book entry it names is known once the book is read.
            if (h is not null && !HostResolver.TryResolve(h, p, result.GetValue(common.Tls), null, out _, out var error))
                result.AddError(error ?? $"'{h}' is not a host");
        });
        root.SetAction(parse => Run(parse.GetValue(host), parse.GetValue(port), parse.GetValue(demo), common.Read(parse), parse.InvocationConfiguration.Error));
    }

    public static int Run(string? host, int? port, bool demo, SessionOverrides overrides, TextWriter error)
    {
        var config = Startup.Load(overrides, error);
        if (config is null)
            return ExitCodes.Usage;
        ResolvedHost? target = null;
        if (host is not null && !HostResolver.TryResolve(host, port, overrides.Tls, config.Book, out target, out var problem))
        {
            error.WriteLine($"telnettui: {problem}");
            return ExitCodes.Usage;
        }
        PosixTerminal terminal;
        try
        {
            terminal = PosixTerminal.Open(new TerminalOptions());
        }
        catch (TerminalUnavailableException e)
        {
            error.WriteLine($"telnettui: {e.Message}");
            return ExitCodes.Usage;
        }
        DemoServer? server = null;
        try
        {
            IPEndPoint? demoEndPoint = null;
            if (demo)
            {
                server = new DemoServer(new DemoServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) });
                server.Start();
                demoEndPoint = server.LocalEndPoint;
            }
            var launch = new LaunchRequest { Target = target, Demo = demoEndPoint, Overrides = overrides };
            var app = new TelnetTuiApp(terminal, config, launch);
            int code;
            try
            {
                code = app.Run();
            }
            finally
            {
                app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            return code;
        }
        finally
        {
            terminal.Dispose();
            server?.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(3));
        }
    }
}
