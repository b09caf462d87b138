namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary><c>cp437-garbage</c>: 16 MB of random bytes (every value, 0xFF doubled as telnet data), as a broken BBS would send.</summary>
public sealed class Cp437Garbage : ChaosScenario
{
    public const int GarbageBytes = 16 * 1024 * 1024;

    public override string Name => "cp437-garbage";

    public override string Summary => "16 MB of random bytes (all 256 values) for a CP437 client";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        var random = new Random(ChaosBytes.Seed);
        var block = new byte[ChaosConnection.WriteChunk];
        for (var sent = 0; sent < GarbageBytes; sent += block.Length)
        {
            random.NextBytes(block);
            await connection.WriteAsync(ChaosBytes.EscapeIac(block), cancellationToken).ConfigureAwait(false);
        }
        await connection.WriteAsync(ChaosBytes.Recovery()[5..], cancellationToken).ConfigureAwait(false); // CAN, RIS
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }
}
