using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary>
/// <c>zlib-bomb</c>: MCCP2 starts and a zlib stream of about 4.5 MB inflates to 1 GiB of coloured text
/// lines (about 230:1). The stream ends properly, so the closing line comes in plain telnet after it.
/// </summary>
public sealed class ZlibBomb(long inflatedBytes = ZlibBomb.DefaultInflatedBytes) : ChaosScenario
{
    public const long DefaultInflatedBytes = 1L << 30;

    private static readonly ConcurrentDictionary<long, Lazy<byte[]>> Streams = new();

    public override string Name => "zlib-bomb";

    public override string Summary => $"MCCP2 with a zlib stream of a few MB that inflates into {InflatedBytes >> 20} MiB of text";

    /// <summary>Bytes the stream inflates to.</summary>
    public long InflatedBytes { get; } = inflatedBytes > 0 ? inflatedBytes : throw new ArgumentOutOfRangeException(nameof(inflatedBytes));

    /// <summary>The compressed stream (built once per size; 1 GiB takes about a third of a second).</summary>
    public byte[] Stream => Streams.GetOrAdd(InflatedBytes, size => new Lazy<byte[]>(() => Build(size))).Value;

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        var bomb = Stream;
        await Mccp2Start.OfferAsync(connection, 1, cancellationToken).ConfigureAwait(false);
        await connection.WriteAsync(Mccp2Start.Marker, cancellationToken).ConfigureAwait(false);
        await connection.WriteAsync(bomb, cancellationToken).ConfigureAwait(false);
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }

    private static byte[] Build(long size)
    {
        var line = Encoding.ASCII.GetBytes("\u001b[31mBOOM \u001b[33m" + new string('A', 64) + "\u001b[0m\r\n");
        const int linesPerBlock = 4096;
        var block = new byte[line.Length * linesPerBlock];
        for (var i = 0; i < linesPerBlock; i++)
            line.CopyTo(block, i * line.Length);
        var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (long written = 0; written < size; written += block.Length)
                z.Write(block, 0, (int)Math.Min(block.Length, size - written));
        }
        return output.ToArray();
    }
}
