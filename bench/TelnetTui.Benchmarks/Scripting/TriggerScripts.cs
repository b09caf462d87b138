using System.Globalization;
using System.Text;

namespace TelnetTui.Benchmarks.Scripting;

/// <summary>
/// N regex triggers of the kinds MUD players write (tells, channels, combat, arrivals, status),
/// each made unique by a word or number so N distinct patterns are compiled; the first few of
/// each kind match lines in <see cref="MudStream"/> and run a Lua callback.
/// </summary>
public static class TriggerScripts
{
    private static readonly string[] Templates =
    [
        @"^(\w+) tells you '(.*)'$",
        @"^\[{w}\] (\w+): (.*)$",
        @"^You hit the {m} for (\d+) damage\.$",
        @"^(\w+) arrives from the {d}\.$",
        @"^The {m} is DEAD!$",
        @"^<(\d+)/200hp (\d+)/100mp",
        @"^You receive (\d+) experience points\.$",
        @"^Exits: (.*){d}",
        @"^A {m} is standing here",
        @"^You are hungry\.$",
        @"(\w+) says '(.*){n}'",
        @"^You feel {w}\.$",
    ];

    private static readonly string[] Channels = ["gossip", "newbie", "trade", "clan", "chan3", "chan7"];
    private static readonly string[] Monsters = ["orc", "goblin", "rat", "troll", "dragon", "wolf", "bandit", "skeleton"];
    private static readonly string[] Directions = ["north", "south", "east", "west", "up", "down"];

    /// <summary>Lua that registers <paramref name="count"/> regex triggers counting their hits.</summary>
    public static string Regex(int count)
    {
        var sb = new StringBuilder("hits = 0\nlocal function hit(m, line) hits = hits + 1 end\n");
        for (var i = 0; i < count; i++)
        {
            var template = Templates[i % Templates.Length];
            var variant = i / Templates.Length;
            var pattern = template
                .Replace("{w}", variant < Channels.Length ? Channels[variant] : "word" + variant)
                .Replace("{m}", variant < Monsters.Length ? Monsters[variant] : "monster" + variant)
                .Replace("{d}", variant < Directions.Length ? Directions[variant] : "dir" + variant)
                .Replace("{n}", variant.ToString(CultureInfo.InvariantCulture));
            if (variant > 0 && !template.Contains('{'))
                pattern = pattern.TrimEnd('$') + "(?:x" + variant.ToString(CultureInfo.InvariantCulture) + ")?$";
            sb.Append("trigger([[").Append(pattern).Append("]], hit)\n");
        }
        return sb.ToString();
    }

    /// <summary>Lua that registers <paramref name="count"/> plain-text triggers.</summary>
    public static string Plain(int count)
    {
        var sb = new StringBuilder("hits = 0\nlocal function hit() hits = hits + 1 end\n");
        string[] words = ["tells you", "is DEAD!", "You are hungry", "arrives from the", "experience points", "[gossip]"];
        for (var i = 0; i < count; i++)
        {
            var text = i < words.Length ? words[i] : "never seen " + i.ToString(CultureInfo.InvariantCulture);
            sb.Append("trigger([[").Append(text).Append("]], hit, {plain = true})\n");
        }
        return sb.ToString();
    }
}
