using System.Security.Cryptography.X509Certificates;

namespace TelnetTui.Demo.Chaos;

/// <summary>
/// One way a host can misbehave (issue 8): what the <see cref="ChaosServer"/> does with every client
/// that connects. Scenarios that send a finite attack end with <see cref="DoneMarker"/> on a line of
/// its own, so a client that shows that line has survived and recovered; endless ones (a flood, an SB
/// or DCS that never ends, slowloris) go on until the client leaves.
/// </summary>
public abstract class ChaosScenario
{
    /// <summary>The name for <c>telnettui serve --chaos NAME</c> (lower case, words joined by '-').</summary>
    public abstract string Name { get; }

    /// <summary>One line for the help text and the server log.</summary>
    public abstract string Summary { get; }

    /// <summary>False for a host that never reads what the client sends (its replies pile up in the client).</summary>
    public virtual bool ReadsClient => true;

    /// <summary>The certificate to speak TLS with on connection <paramref name="number"/>, or null for plain telnet.</summary>
    public virtual X509Certificate2? CertificateFor(int number) => null;

    /// <summary>Runs the attack on one connection. Returning leaves the connection open until the client leaves.</summary>
    public abstract Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken);

    /// <summary>The line a scenario writes once it has sent everything.</summary>
    public static string DoneMarker(string scenario) => $"[chaos {scenario}: done]";
}
