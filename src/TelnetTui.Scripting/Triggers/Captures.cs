using System.Text.RegularExpressions;
using TelnetTui.Scripting.Runtime;

namespace TelnetTui.Scripting.Triggers;

/// <summary>
/// The table a trigger, alias or wait gets for a match: [0] is the whole match, [1..n] the groups
/// by number (false for a group that did not take part), and named groups also under their names.
/// .NET numbers named groups after the unnamed ones: in <c>(?&lt;who&gt;\w+) says (.*)</c>, [1] is
/// the text after "says" and [2] (= .who) the speaker.
/// </summary>
internal static class Captures
{
    public static void Push(LuaStack stack, Match match)
    {
        stack.EnsureSpace(3);
        var groups = match.Groups;
        stack.NewTable(groups.Count - 1, 1);
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            if (g.Success)
                stack.PushString(g.ValueSpan);
            else
                stack.PushBoolean(false);
            if (!char.IsAsciiDigit(g.Name[0]))
            {
                stack.PushCopy(-1);
                stack.SetField(-3, g.Name);
            }
            stack.SetIndex(-2, i);
        }
    }

    /// <summary>A plain-text match: [0] is the text found.</summary>
    public static void PushPlain(LuaStack stack, string found)
    {
        stack.EnsureSpace(3);
        stack.NewTable(0, 1);
        stack.PushString(found);
        stack.SetIndex(-2, 0);
    }
}
