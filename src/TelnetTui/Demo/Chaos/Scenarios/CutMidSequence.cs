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

    /// <summary>Sends a complete line and then the cut-off sequence (<paramref name="cut"/>, or the one for the connection's number).</summary>
    public static async Task SendAsync(ChaosConnection connection, string? cut, CancellationToken cancellationToken)
    {
        cut ??= CutFor(connection.Number);
        if (Array.IndexOf(Cuts, cut) < 0)
            throw new ArgumentException($"unknown cut '{cut}'", nameof(cut));
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
            _ => [.. Mccp2Start.Marker, .. HalfAStream()],
        };
        await connection.WriteAsync(tail, cancellationToken).ConfigureAwait(false);
        // Let the client read the cut before the end arrives (two reads, as on a real network).
        await Task.Delay(100, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first half of a zlib stream of 4 KB of text that does not compress away.</summary>
    private static byte[] HalfAStream()
    {
        var random = new Random(ChaosBytes.Seed);
        var text = new byte[4096];
        for (var i = 0; i < text.Length; i++)
            text[i] = (byte)random.Next('a', 'z' + 1);
        var stream = ChaosBytes.Zlib(text);
        return stream[..(stream.Length / 2)];
    }
}
