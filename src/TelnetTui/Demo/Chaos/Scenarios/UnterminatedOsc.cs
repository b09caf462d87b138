namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary><c>osc-unterminated</c>: OSC 0 (set title) with 50 MB of text and no BEL or ST; then CAN aborts it and text follows.</summary>
public sealed class UnterminatedOsc : ChaosScenario
{
    public const long PayloadBytes = 50L * 1024 * 1024;

    public override string Name => "osc-unterminated";

    public override string Summary => "OSC 0 with 50 MB of title and no terminator, then CAN";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        await connection.WriteAsync("before the OSC\r\n\u001b]0;", cancellationToken).ConfigureAwait(false);
        var block = new byte[ChaosConnection.WriteChunk];
        Array.Fill(block, (byte)'T');
        await connection.WriteRepeatedAsync(block, PayloadBytes, cancellationToken).ConfigureAwait(false);
        await connection.WriteAsync("\u0018", cancellationToken).ConfigureAwait(false);
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }
}
