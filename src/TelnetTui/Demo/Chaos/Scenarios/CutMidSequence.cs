using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary>
/// What a connection that ends abruptly has just sent: by connection number, half a subnegotiation, half
/// a CSI sequence, half a UTF-8 character, a lone IAC, half an IAC WILL, or half a zlib stream.
/// </summary>
public static class CutMidSequence
{
    public static readonly string[] Cuts = ["sb", "csi", "utf8", "iac", "negotiation", "mccp"];

    /// <summary>Which cut connection <paramref name="number"/> gets.</summary>
    public static string CutFor(int number) => Cuts[(number - 1) % Cuts.Length];

    /// <summary>Sends a complete line and then the cut-off sequence.</summary>
    public static async Task SendAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        var cut = CutFor(connection.Number);
        if (cut == "mccp")
            await Mccp2Start.OfferAsync(connection, 1, cancellationToken).ConfigureAwait(false);
        await connection.WriteAsync($"cut in the middle of: {cut}\r\n", cancellationToken).ConfigureAwait(false);
        byte[] tail = cut switch
        {
            "sb" => [TelnetCommand.Iac, TelnetCommand.Sb, TelnetOption.Gmcp, .. ChaosBytes.Text("Char.Vitals {\"hp\":")],
            "csi" => ChaosBytes.Text("\u001b[1;3"),
            "utf8" => [0xE2, 0x98],
            "iac" => [TelnetCommand.Iac],
            "negotiation" => [TelnetCommand.Iac, TelnetCommand.Will],
            _ => [.. Mccp2Start.Marker, .. ChaosBytes.Zlib(ChaosBytes.Text(new string('z', 10_000)))[..40]],
        };
        await connection.WriteAsync(tail, cancellationToken).ConfigureAwait(false);
        // Let the client read the cut before the end arrives (two reads, as on a real network).
        await Task.Delay(100, cancellationToken).ConfigureAwait(false);
    }
}
