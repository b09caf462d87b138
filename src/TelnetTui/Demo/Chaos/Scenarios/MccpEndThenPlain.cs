namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary>
/// <c>mccp-end</c>: MCCP2 streams that end (zlib end of stream) in the middle of a write, with plain
/// telnet right behind them in the same write; twice, so a restarted stream is covered too.
/// </summary>
public sealed class MccpEndThenPlain : ChaosScenario
{
    public override string Name => "mccp-end";

    public override string Summary => "an MCCP2 stream that ends mid-write with plain text right after it, twice";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        await Mccp2Start.OfferAsync(connection, 1, cancellationToken).ConfigureAwait(false);
        for (var round = 1; round <= 2; round++)
        {
            var write = new List<byte>();
            write.AddRange(Mccp2Start.Marker);
            write.AddRange(ChaosBytes.Zlib(ChaosBytes.Text($"compressed line {round}\r\n")));
            write.AddRange(ChaosBytes.Text($"plain line {round}\r\n"));
            await connection.WriteAsync(write.ToArray(), cancellationToken).ConfigureAwait(false);
        }
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }
}
