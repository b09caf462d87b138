namespace TelnetTui.Core.Sessions;

/// <summary>Opens connections for sessions: <see cref="TcpSessionConnector"/> in the program, fakes in tests.</summary>
public interface ISessionConnector
{
    /// <summary>Connects (and does the TLS handshake when asked); throws on failure, see <see cref="FaultClassifier"/>.</summary>
    Task<ISessionTransport> ConnectAsync(SessionEndpoint endpoint, CancellationToken cancellationToken);
}
