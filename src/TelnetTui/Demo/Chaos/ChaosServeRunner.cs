using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using TelnetTui.Cli;

namespace TelnetTui.Demo.Chaos;

/// <summary>
/// <c>telnettui serve --chaos KIND</c>: runs a <see cref="ChaosServer"/> instead of the demo server, so
/// anyone can point a client (ours or another) at a misbehaving host. Same contract as <c>serve</c>:
/// the first stdout line is <c>listening on ADDR:PORT</c>, the log goes to stderr, Ctrl+C or SIGTERM stops it.
/// </summary>
public static class ChaosServeRunner
{
    /// <summary>The kind that lists the others instead of serving.</summary>
    public const string ListKind = "list";

    public static int Run(string kind, IPEndPoint endPoint, TextWriter output, TextWriter error)
    {
        if (string.Equals(kind, ListKind, StringComparison.OrdinalIgnoreCase))
        {
            foreach (var each in ChaosScenarios.Create())
                output.WriteLine($"{each.Name,-18} {each.Summary}");
            return ExitCodes.Success;
        }
        if (ChaosScenarios.Find(kind) is not { } scenario)
        {
            error.WriteLine($"telnettui: --chaos {kind}: unknown kind; one of: {string.Join(", ", ChaosScenarios.Names)}");
            return ExitCodes.Usage;
        }
        var server = new ChaosServer(scenario, endPoint, line => error.WriteLine($"{DateTime.Now:HH:mm:ss} {line}"));
        try
        {
            server.Start();
        }
        catch (SocketException e)
        {
            error.WriteLine($"telnettui: cannot listen on {endPoint}: {e.Message}");
            return ExitCodes.Failure;
        }
        if (!IPAddress.IsLoopback(endPoint.Address))
            error.WriteLine($"telnettui: warning: listening on {endPoint.Address}, not loopback: anyone who can reach this machine can connect");
        output.WriteLine($"listening on {server.LocalEndPoint}");
        output.Flush();
        error.WriteLine($"telnettui: chaos {scenario.Name}: {scenario.Summary}");

        using var stop = new ManualResetEventSlim();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Set();
        }
        using (PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal))
        using (PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal))
        {
            stop.Wait();
        }
        error.WriteLine("telnettui: stopping the chaos server");
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return ExitCodes.Success;
    }

    /// <summary>The --chaos option's help: every kind with its summary.</summary>
    public static string Help() =>
        $"Run a misbehaving host instead of the demo, to test clients. KIND: {string.Join(", ", ChaosScenarios.Names)} ('--chaos {ListKind}' describes each).";
}
