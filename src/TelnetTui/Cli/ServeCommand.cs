using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using TelnetTui.Demo;

namespace TelnetTui.Cli;

/// <summary>
/// <c>telnettui serve [--port N] [--bind ADDR]</c>: runs the demo server (BBS, MUD and negotiation lab)
/// until Ctrl+C or SIGTERM. Prints one line, <c>listening on ADDR:PORT</c>, once it listens (tests and
/// <c>--demo</c> read it); connections and errors are logged to stderr.
/// </summary>
public static class ServeCommand
{
    /// <summary>The port when none is given: the usual alternative telnet port of BBSes.</summary>
    public const int DefaultPort = 2323;

    public static Command Create()
    {
        var port = new Option<int>("--port")
        {
            Description = "The port to listen on; 0 picks a free one.",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultPort,
        };
        var bind = new Option<string>("--bind")
        {
            Description = "The address to listen on; anything but loopback lets other machines in.",
            HelpName = "ADDR",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var chaos = new Option<string?>("--chaos")
        {
            Description = Demo.Chaos.ChaosServeRunner.Help(),
            HelpName = "KIND",
        };
        var command = new Command("serve", "Run the demo server: a CP437 BBS, a small MUD (GMCP, MSDP, MSSP, MCCP2) and a negotiation lab, for any telnet client.")
        {
            port,
            bind,
            chaos,
        };
        command.SetAction(result => result.GetValue(chaos) is { } kind
            ? RunChaos(kind, result.GetValue(port), result.GetValue(bind)!, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error)
            : Run(result.GetValue(port), result.GetValue(bind)!, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    /// <summary><c>serve --chaos KIND</c>: a misbehaving host (issue 8) on the same port and address options.</summary>
    public static int RunChaos(string kind, int port, string bind, TextWriter output, TextWriter error)
    {
        if (port is < 0 or > 65535 || !IPAddress.TryParse(bind, out var address))
            return Run(port, bind, output, error); // the same usage errors as the demo
        return Demo.Chaos.ChaosServeRunner.Run(kind, new IPEndPoint(address, port), output, error);
    }

    public static int Run(int port, string bind, TextWriter output, TextWriter error)
    {
        if (port is < 0 or > 65535)
        {
            error.WriteLine($"telnettui: --port {port}: a port is 0 to 65535");
            return ExitCodes.Usage;
        }
        if (!IPAddress.TryParse(bind, out var address))
        {
            error.WriteLine($"telnettui: --bind {bind}: not an IP address (e.g. 127.0.0.1, ::1 or 0.0.0.0)");
            return ExitCodes.Usage;
        }
        var options = new DemoServerOptions
        {
            EndPoint = new IPEndPoint(address, port),
            Log = line => error.WriteLine($"{DateTime.Now:HH:mm:ss} {line}"),
        };
        var server = new DemoServer(options);
        try
        {
            server.Start();
        }
        catch (SocketException e)
        {
            error.WriteLine($"telnettui: cannot listen on {options.EndPoint}: {e.Message}{(port != 0 ? " (try another --port, or --port 0 for a free one)" : "")}");
            return ExitCodes.Failure;
        }
        if (!IPAddress.IsLoopback(address))
            error.WriteLine($"telnettui: warning: listening on {address}, not loopback: anyone who can reach this machine can connect");
        output.WriteLine($"listening on {server.LocalEndPoint}");
        output.Flush();

        using var stop = new ManualResetEventSlim();
        void OnSignal(PosixSignalContext context)
        {
            // Keep the process alive until the sessions have said goodbye.
            context.Cancel = true;
            stop.Set();
        }
        using (PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal))
        using (PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal))
        {
            stop.Wait();
        }
        error.WriteLine("telnettui: stopping the demo server");
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return ExitCodes.Success;
    }
}
