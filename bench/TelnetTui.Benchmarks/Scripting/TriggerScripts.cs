using System.Globalization;
using System.Text;

namespace TelnetTui.Benchmarks.Scripting;

/// <summary>
/// N regex triggers of the kinds MUD players write (tells, channels, combat, arrivals, status),
/// each made unique by a word or number so N distinct patterns are compiled; the first few of
/// each kind match lines in <see cref="MudStream"/> (about a third of its lines) and run a Lua
/// callback that counts.
/// </summary>
public static class TriggerScripts
{
    /// <summary>
    /// {k} is "" in the first variant of a template and " kN" in the others, so each variant is a
    /// distinct pattern; {w}/{m}/{d} take channel, monster and direction names (then made-up ones).
    /// </summary>
    private static readonly string[] Templates =
    [
        @"^(\w+) tells{k} you '(.*)'$",
        @"^\[{w}\] (\w+): (.*)$",
        @"^You hit the {m} for (\d+) damage\.$",
        @"^(\w+) arrives from the {d}\.$",
        @"^The {m} is DEAD!$",
        @"^<(\d+)/200hp{k} (\d+)/100mp",
        @"^You receive (\d+) experience{k} points\.$",
        @"^Exits: (.*){d}",
        @"^A {m} is standing here",
        @"^You are hungry{k}\.$",
        @"(\w+) says{k} '(.*)'",
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
            var n = variant.ToString(CultureInfo.InvariantCulture);
            var pattern = template
                .Replace("{k}", variant == 0 ? "" : " k" + n)
                .Replace("{w}", variant < Channels.Length ? Channels[variant] : "word" + n)
                .Replace("{m}", variant < Monsters.Length ? Monsters[variant] : "monster" + n)
                .Replace("{d}", variant < Directions.Length ? Directions[variant] : "dir" + n);
            sb.Append("trigger([==[").Append(pattern).Append("]==], hit)\n");
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
            sb.Append("trigger([==[").Append(text).Append("]==], hit, {plain = true})\n");
        }
        return sb.ToString();
    }
}
