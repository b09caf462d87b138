using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary><c>sb-endless</c>: IAC SB TTYPE, then payload bytes forever and never IAC SE.</summary>
public sealed class EndlessSubnegotiation : ChaosScenario
{
    public override string Name => "sb-endless";

    public override string Summary => "IAC SB TTYPE followed by payload forever, never IAC SE";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        await connection.WriteAsync(ChaosBytes.Text("before the endless SB\r\n"), cancellationToken).ConfigureAwait(false);
        await connection.WriteAsync(new byte[] { TelnetCommand.Iac, TelnetCommand.Sb, TelnetOption.TerminalType }, cancellationToken).ConfigureAwait(false);
        var block = new byte[ChaosConnection.WriteChunk];
        Array.Fill(block, (byte)'x');
        while (true)
            await connection.WriteAsync(block, cancellationToken).ConfigureAwait(false);
    }
}
