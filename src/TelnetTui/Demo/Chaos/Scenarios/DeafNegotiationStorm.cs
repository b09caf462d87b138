using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary>
/// <c>storm-deaf</c>: DO/DONT flips without end from a host that never reads. The client's answers pile
/// up unsent; it must stop reading (TCP backpressure both ways) rather than queue replies without bound.
/// </summary>
public sealed class DeafNegotiationStorm : ChaosScenario
{
    public override string Name => "storm-deaf";

    public override string Summary => "endless DO/DONT TTYPE flips from a host that never reads the replies";

    public override bool ReadsClient => false;

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        byte[] pair = [TelnetCommand.Iac, TelnetCommand.Do, TelnetOption.TerminalType, TelnetCommand.Iac, TelnetCommand.Dont, TelnetOption.TerminalType];
        var block = new byte[pair.Length * 8192];
        for (var i = 0; i < 8192; i++)
            pair.CopyTo(block, i * pair.Length);
        while (true)
            await connection.WriteAsync(block, cancellationToken).ConfigureAwait(false);
    }
}
