using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Chaos;

/// <summary>MCCP2 (option 86) set-up shared by the compression scenarios.</summary>
public static class Mccp2Start
{
    /// <summary>How long a scenario waits for the client's DO MCCP2.</summary>
    public static readonly TimeSpan AgreementWait = TimeSpan.FromSeconds(5);

    /// <summary>IAC SB MCCP2 IAC SE: everything after it is one zlib stream.</summary>
    public static readonly byte[] Marker = [TelnetCommand.Iac, TelnetCommand.Sb, TelnetOption.Mccp2, TelnetCommand.Iac, TelnetCommand.Se];

    /// <summary>
    /// Offers MCCP2 (WILL) and waits for the client's <paramref name="agreements"/>-th DO; true when it came.
    /// The scenario goes on either way: a client that refused sees the same bytes as plain telnet.
    /// </summary>
    public static async Task<bool> OfferAsync(ChaosConnection connection, int agreements, CancellationToken cancellationToken)
    {
        await connection.NegotiateAsync(TelnetCommand.Will, TelnetOption.Mccp2, cancellationToken).ConfigureAwait(false);
        return await connection.WaitForNegotiationAsync(TelnetCommand.Do, TelnetOption.Mccp2, AgreementWait, cancellationToken, agreements).ConfigureAwait(false);
    }
}
