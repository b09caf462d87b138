using System.IO.Compression;
using System.Text;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary>
/// <c>zlib-bomb</c>: MCCP2 starts and a zlib stream of about 4.5 MB inflates to 1 GiB of coloured text
/// lines. The stream ends properly, so the closing line comes in plain telnet after it.
/// </summary>
public sealed class ZlibBomb : ChaosScenario
{
    public const long InflatedBytes = 1L << 30;

    private static readonly Lazy<byte[]> Compressed = new(Build);

    public override string Name => "zlib-bomb";

    public override string Summary => "MCCP2 with a zlib stream that inflates about 4.5 MB into 1 GiB of text";

    /// <summary>The compressed stream (built once, in about a third of a second).</summary>
    public static byte[] Stream => Compressed.Value;

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        var bomb = Stream;
        await Mccp2Start.OfferAsync(connection, 1, cancellationToken).ConfigureAwait(false);
        await connection.WriteAsync(Mccp2Start.Marker, cancellationToken).ConfigureAwait(false);
        await connection.WriteAsync(bomb, cancellationToken).ConfigureAwait(false);
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }

    private static byte[] Build()
    {
        var line = Encoding.ASCII.GetBytes("\u001b[31mBOOM \u001b[33m" + new string('A', 64) + "\u001b[0m\r\n");
        const int linesPerBlock = 4096;
        var block = new byte[line.Length * linesPerBlock];
        for (var i = 0; i < linesPerBlock; i++)
            line.CopyTo(block, i * line.Length);
        var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (long written = 0; written < InflatedBytes; written += block.Length)
                z.Write(block, 0, (int)Math.Min(block.Length, InflatedBytes - written));
        }
        return output.ToArray();
    }
}
