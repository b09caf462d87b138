namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary><c>close-mid</c>: a clean close (FIN) in the middle of a sequence (see <see cref="CutMidSequence"/>).</summary>
public sealed class CloseMidSequence(string? cut = null) : ChaosScenario
{
    public override string Name => "close-mid";

    public override string Summary => "closes (FIN) mid-sequence: SB, CSI, UTF-8, IAC, IAC WILL, zlib, by connection number";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        await CutMidSequence.SendAsync(connection, cut, cancellationToken).ConfigureAwait(false);
        await connection.CloseAsync().ConfigureAwait(false);
    }
}
