namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary><c>dcs-unterminated</c>: a DECRQSS device control string whose data never ends.</summary>
public sealed class UnterminatedDcs : ChaosScenario
{
    public override string Name => "dcs-unterminated";

    public override string Summary => "DCS $ q (DECRQSS) followed by data forever, never ST";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        await connection.WriteAsync("before the DCS\r\n\u001bP$q", cancellationToken).ConfigureAwait(false);
        var block = new byte[ChaosConnection.WriteChunk];
        Array.Fill(block, (byte)'m');
        while (true)
            await connection.WriteAsync(block, cancellationToken).ConfigureAwait(false);
    }
}
