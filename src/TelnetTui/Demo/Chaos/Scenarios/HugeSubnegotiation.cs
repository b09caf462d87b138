using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary><c>sb-huge</c>: one 100 MB GMCP subnegotiation, properly ended, then ordinary text.</summary>
public sealed class HugeSubnegotiation : ChaosScenario
{
    public const long PayloadBytes = 100L * 1024 * 1024;

    public override string Name => "sb-huge";

    public override string Summary => "a 100 MB IAC SB GMCP ... IAC SE, then text";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        await connection.NegotiateAsync(TelnetCommand.Will, TelnetOption.Gmcp, cancellationToken).ConfigureAwait(false);
        await connection.WriteAsync(new byte[] { TelnetCommand.Iac, TelnetCommand.Sb, TelnetOption.Gmcp }, cancellationToken).ConfigureAwait(false);
        await connection.WriteAsync(ChaosBytes.Text("Room.Info {\"desc\":\""), cancellationToken).ConfigureAwait(false);
        var block = new byte[ChaosConnection.WriteChunk];
        Array.Fill(block, (byte)'A');
        await connection.WriteRepeatedAsync(block, PayloadBytes, cancellationToken).ConfigureAwait(false);
        await connection.WriteAsync(ChaosBytes.Text("\"}"), cancellationToken).ConfigureAwait(false);
        await connection.WriteAsync(new byte[] { TelnetCommand.Iac, TelnetCommand.Se }, cancellationToken).ConfigureAwait(false);
        await connection.WriteAsync(ChaosBytes.Text("text after the huge SB\r\n"), cancellationToken).ConfigureAwait(false);
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }
}
