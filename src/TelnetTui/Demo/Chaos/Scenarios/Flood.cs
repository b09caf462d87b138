using System.Text;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary><c>flood</c>: coloured MUD-like text at full speed, forever (the client's reading sets the pace).</summary>
public sealed class Flood : ChaosScenario
{
    public const int BlockBytes = 1024 * 1024;

    private static readonly Lazy<byte[]> Text = new(Build);

    public override string Name => "flood";

    public override string Summary => "coloured text at full speed, forever";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        var block = Text.Value;
        while (true)
            await connection.WriteAsync(block, cancellationToken).ConfigureAwait(false);
    }

    private static byte[] Build()
    {
        var random = new Random(ChaosBytes.Seed);
        string[] words = ["the", "goblin", "hits", "you", "misses", "a", "dragon", "breathes", "fire", "gold", "coins", "north", "shield", "漢字", "café"];
        var text = new StringBuilder(BlockBytes + 256);
        for (var line = 0; text.Length < BlockBytes; line++)
        {
            text.Append("\u001b[").Append(31 + line % 7).Append('m').Append(line).Append(':');
            var count = random.Next(3, 16);
            for (var w = 0; w < count; w++)
                text.Append(' ').Append(words[random.Next(words.Length)]);
            text.Append("\u001b[0m\r\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
