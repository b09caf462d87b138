namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary>
/// <c>utf8-garbage</c>: 8 MB of broken UTF-8 (overlong forms, surrogates, code points past U+10FFFF,
/// 0xF5–0xFE, lone continuation bytes, sequences cut short by ASCII) mixed with valid wide characters,
/// combining marks, emoji sequences and right-to-left text.
/// </summary>
public sealed class Utf8Garbage : ChaosScenario
{
    public const int GarbageBytes = 8 * 1024 * 1024;

    public override string Name => "utf8-garbage";

    public override string Summary => "8 MB of invalid UTF-8 mixed with wide, combining, emoji and RTL text";

    private static readonly byte[][] Pieces =
    [
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xF0, 0x80, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFC, 0x84, 0x80, 0x80, 0x80, 0x80], [0xFE],
        [0x80], [0xBF], [0xE2, 0x98], [0xF0, 0x9F, 0x98], [0xC3], (byte[])[0xE2, (byte)'A'],
        ChaosBytes.Text("漢字"), ChaosBytes.Text("e\u0301\u0302\u0303"), ChaosBytes.Text("👩‍👩‍👧‍👦"), ChaosBytes.Text("🇫🇷"),
        ChaosBytes.Text("שלום עולם"), ChaosBytes.Text("\u200d\u200b\ufeff"), ChaosBytes.Text("\r\n"), ChaosBytes.Text(" ok "),
    ];

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        var random = new Random(ChaosBytes.Seed);
        var block = new List<byte>(ChaosConnection.WriteChunk + 16);
        for (var sent = 0; sent < GarbageBytes; sent += block.Count)
        {
            block.Clear();
            while (block.Count < ChaosConnection.WriteChunk)
                block.AddRange(Pieces[random.Next(Pieces.Length)]);
            await connection.WriteAsync(ChaosBytes.EscapeIac(block.ToArray()), cancellationToken).ConfigureAwait(false);
        }
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }
}
