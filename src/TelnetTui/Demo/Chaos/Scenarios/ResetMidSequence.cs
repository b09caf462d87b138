namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary><c>reset-mid</c>: a reset (RST through linger 0) in the middle of a sequence (see <see cref="CutMidSequence"/>).</summary>
public sealed class ResetMidSequence(string? cut = null) : ChaosScenario
{
    public override string Name => "reset-mid";

    public override string Summary => "resets (RST) mid-sequence: SB, CSI, UTF-8, IAC, IAC WILL, zlib, by connection number";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        await CutMidSequence.SendAsync(connection, cut, cancellationToken).ConfigureAwait(false);
        connection.Reset();
    }
}
