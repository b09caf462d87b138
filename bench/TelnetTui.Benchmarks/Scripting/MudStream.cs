using System.Text;

namespace TelnetTui.Benchmarks.Scripting;

/// <summary>
/// A deterministic 10 MiB stream of MUD output (decoded text, as the Session hands it to scripts):
/// room descriptions, combat, channels, tells, prompts, with ANSI colours on about half the lines
/// and CRLF line ends. Generated from a fixed seed, so every run measures the same input.
/// </summary>
public static class MudStream
{
    public const int TargetChars = 10 * 1024 * 1024;

    private static readonly Lazy<(string Text, int Lines)> Built = new(Build);

    public static string Text => Built.Value.Text;

    public static int Lines => Built.Value.Lines;

    private static readonly string[] Names = ["Ada", "Bob", "Cyra", "Dax", "Eolas", "Fenn", "Gorm", "Hilde", "Ivo", "Jun"];
    private static readonly string[] Monsters = ["orc", "goblin", "rat", "troll", "dragon", "wolf", "bandit", "skeleton"];
    private static readonly string[] Directions = ["north", "south", "east", "west", "up", "down"];
    private static readonly string[] Channels = ["gossip", "newbie", "trade", "clan", "chan3", "chan7"];
    private static readonly string[] Words =
        ["the", "ancient", "stone", "walls", "are", "covered", "in", "moss", "and", "a", "cold", "wind", "blows",
         "through", "narrow", "corridor", "torches", "flicker", "quietly", "dust", "old", "banners", "hang", "above"];

    private static (string, int) Build()
    {
        var random = new Random(20240301);
        var sb = new StringBuilder(TargetChars + 200);
        var lines = 0;
        while (sb.Length < TargetChars)
        {
            var colour = random.Next(2) == 0;
            var line = random.Next(100) switch
            {
                < 35 => Sentence(random, 8 + random.Next(8)),
                < 45 => $"You hit the {Pick(random, Monsters)} for {random.Next(1, 60)} damage.",
                < 52 => $"The {Pick(random, Monsters)} misses you.",
                < 58 => $"[{Pick(random, Channels)}] {Pick(random, Names)}: {Sentence(random, 4 + random.Next(6))}",
                < 62 => $"{Pick(random, Names)} tells you '{Sentence(random, 3 + random.Next(5))}'",
                < 68 => $"{Pick(random, Names)} arrives from the {Pick(random, Directions)}.",
                < 72 => $"Exits: {Pick(random, Directions)} {Pick(random, Directions)} {Pick(random, Directions)}",
                < 74 => $"You receive {random.Next(10, 500)} experience points.",
                < 75 => "You are hungry.",
                < 77 => $"The {Pick(random, Monsters)} is DEAD!",
                < 90 => $"<{random.Next(1, 200)}/200hp {random.Next(0, 100)}/100mp {random.Next(0, 300)}/300mv> ",
                _ => $"A {Pick(random, Monsters)} is standing here, looking {Pick(random, Words)}.",
            };
            if (colour)
                sb.Append("\u001b[1;3").Append(random.Next(1, 8)).Append('m').Append(line).Append("\u001b[0m\r\n");
            else
                sb.Append(line).Append("\r\n");
            lines++;
        }
        return (sb.ToString(), lines);
    }

    private static string Pick(Random random, string[] from) => from[random.Next(from.Length)];

    private static string Sentence(Random random, int words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
                sb.Append(' ');
            sb.Append(Pick(random, Words));
        }
        return sb.Append('.').ToString();
    }
}
