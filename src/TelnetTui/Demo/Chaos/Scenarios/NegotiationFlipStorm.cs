using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary>
/// <c>storm-flip</c>: thousands of DO/DONT flips of NAWS and WILL/WONT flips of ECHO, in bursts. An
/// RFC 1143 client answers each request that changes the state once, and never answers its own answers.
/// </summary>
public sealed class NegotiationFlipStorm : ChaosScenario
{
    /// <summary>DO+DONT (and WILL+WONT) pairs sent.</summary>
    public const int Flips = 5000;

    /// <summary>Pairs per write: the storm arrives in many reads, not one.</summary>
    public const int FlipsPerBurst = 250;

    public override string Name => "storm-flip";

    public override string Summary => $"{Flips} DO/DONT NAWS and WILL/WONT ECHO flips in bursts (RFC 1143: one reply per request, no loop)";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        byte[] pair =
        [
            TelnetCommand.Iac, TelnetCommand.Do, TelnetOption.Naws, TelnetCommand.Iac, TelnetCommand.Dont, TelnetOption.Naws,
            TelnetCommand.Iac, TelnetCommand.Will, TelnetOption.Echo, TelnetCommand.Iac, TelnetCommand.Wont, TelnetOption.Echo,
        ];
        var burst = new byte[pair.Length * FlipsPerBurst];
        for (var i = 0; i < FlipsPerBurst; i++)
            pair.CopyTo(burst, i * pair.Length);
        for (var sent = 0; sent < Flips; sent += FlipsPerBurst)
        {
            await connection.WriteAsync(burst, cancellationToken).ConfigureAwait(false);
            await Task.Delay(5, cancellationToken).ConfigureAwait(false);
        }
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }
}
