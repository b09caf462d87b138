using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary>
/// <c>mccp-garbage</c>: MCCP2 starts, then garbage instead of a zlib stream: first noise that fails the
/// zlib header, then (after a second agreement) a valid header followed by noise. The client must stop
/// inflating (DONT MCCP2) and carry on in plain telnet.
/// </summary>
public sealed class MccpGarbage : ChaosScenario
{
    public const int GarbageBytes = 64 * 1024;

    public override string Name => "mccp-garbage";

    public override string Summary => "MCCP2 started, then garbage (a bad zlib header; then a good header and a bad stream)";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        var random = new Random(ChaosBytes.Seed);
        for (var round = 1; round <= 2; round++)
        {
            await Mccp2Start.OfferAsync(connection, round, cancellationToken).ConfigureAwait(false);
            var garbage = new byte[GarbageBytes];
            // Printable noise: whatever the client makes of it afterwards in plain telnet cannot open an escape sequence.
            for (var i = 0; i < garbage.Length; i++)
                garbage[i] = (byte)random.Next(0x20, 0x7F);
            if (round == 2)
            {
                garbage[0] = 0x78; // a valid zlib header (deflate, 32 KiB window): the damage is in the stream itself
                garbage[1] = 0x9C;
            }
            await connection.WriteAsync(Mccp2Start.Marker, cancellationToken).ConfigureAwait(false);
            await connection.WriteAsync(garbage, cancellationToken).ConfigureAwait(false);
            // The client refuses the broken stream with DONT MCCP2; then plain text reaches it again.
            await connection.WaitForNegotiationAsync(TelnetCommand.Dont, TelnetOption.Mccp2, Mccp2Start.AgreementWait, cancellationToken, round).ConfigureAwait(false);
            // Acknowledge (RFC 1143: DONT is answered by WONT), so the next offer starts from NO.
            await connection.NegotiateAsync(TelnetCommand.Wont, TelnetOption.Mccp2, cancellationToken).ConfigureAwait(false);
            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
            await connection.WriteAsync(ChaosBytes.Text($"\r\nplain text after broken stream {round}\r\n"), cancellationToken).ConfigureAwait(false);
        }
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }
}
