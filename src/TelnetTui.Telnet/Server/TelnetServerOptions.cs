using System.Net;
using System.Security.Cryptography.X509Certificates;
using TelnetTui.Telnet.Connection;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;

namespace TelnetTui.Telnet.Server;

/// <summary>Options for a <see cref="TelnetServer"/>.</summary>
public sealed class TelnetServerOptions
{
    /// <summary>Where to listen; loopback and an ephemeral port unless told otherwise.</summary>
    public IPEndPoint EndPoint { get; set; } = new(IPAddress.Loopback, 0);

    /// <summary>Settings copied for each connection (server role and policy by default).</summary>
    public TelnetSettings Settings { get; set; } = new() { Role = TelnetRole.Server, Policy = NegotiationPolicy.ForServer() };

    /// <summary>Text handling for each connection.</summary>
    public TelnetChannelOptions Channel { get; set; } = new();

    /// <summary>Serve telnets (TLS) with this certificate (with private key); plain telnet when null.</summary>
    public X509Certificate2? Certificate { get; set; }

    /// <summary>Connections served at once; more are accepted and closed at once.</summary>
    public int MaxConnections { get; set; } = 64;
}
