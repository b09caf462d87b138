using System.Text;

namespace TelnetTui.EndToEnd.Tests.Terminal;

/// <summary>
/// Random terminal output from a seed: text, newlines, cursor movement, erasing, insert/delete,
/// scrolling, tabs, colours, save/restore, repeat. Only what xterm, tmux and we agree on is generated;
/// tmux departs from xterm in a few places, and those are avoided rather than compared:
/// <list type="bullet">
/// <item>the pending-wrap state: tmux keeps the cursor one past the last column, so a BS, an erase, a
///   vertical move or IND/RI right after the last column differ; such operations here follow a CR or an absolute move;</item>
/// <item>editing half of a wide character (ICH/DCH/ECH/EL/ED at arbitrary columns): capture-pane skips
///   tmux's orphaned padding cell; even seeds use wide characters without cell editing, odd seeds edit narrow text only;</item>
/// <item>CHT (CSI I), which tmux 3.3 does not implement, and BS at column 0 (tmux wraps back onto a soft-wrapped line);</item>
/// <item>insert mode across a wrap: xterm (and we) insert on the new line too, tmux overwrites there.</item>
/// </list>
/// </summary>
public static class StreamGenerator
{
    private static readonly string[] NarrowWords = ["the", "dragon", "sleeps", "here", "Ω", "café", "naïve", "e\u0301", "x", "--", "[ok]", "12345"];
    private static readonly string[] WideWords = [.. NarrowWords, "中文", "日本語", "ｶﾀｶﾅ", "\U0001F600"];

    public static byte[] Generate(int seed, int operations)
    {
        var r = new Random(seed);
        var wide = seed % 2 == 0;
        var words = wide ? WideWords : NarrowWords;
        var sb = new StringBuilder();
        string Cup() => wide ? $"\e[{r.Next(1, 27)};1H" : $"\e[{r.Next(1, 27)};{r.Next(1, 83)}H";
        for (var i = 0; i < operations; i++)
        {
            switch (r.Next(wide ? 16 : 24))
            {
                case < 5:
                    for (var w = r.Next(1, 12); w > 0; w--)
                        sb.Append(words[r.Next(words.Length)]).Append(' ');
                    break;
                case 5:
                case 6:
                    sb.Append("\r\n");
                    break;
                case 7:
                    sb.Append(Cup());
                    break;
                case 8:
                    sb.Append($"\r\e[{r.Next(0, 6)}{"AB"[r.Next(2)]}");
                    break;
                case 9:
                    sb.Append(wide ? "\e[2J" : $"{Cup()}\e[{r.Next(0, 3)}J");
                    break;
                case 10:
                    sb.Append(wide ? "\e[2K" : $"{Cup()}\e[{r.Next(0, 3)}K");
                    break;
                case 11:
                    sb.Append($"\r\e[{r.Next(0, 4)}{"LM"[r.Next(2)]}");
                    break;
                case 12:
                    sb.Append($"\e[{r.Next(0, 4)}{"ST"[r.Next(2)]}");
                    break;
                case 13:
                    sb.Append(r.Next(2) == 0 ? "\t" : "\e[Z");
                    break;
                case 14:
                    sb.Append($"\e[{r.Next(0, 8) + 30};{r.Next(0, 8) + 40};{r.Next(0, 2)}m");
                    break;
                case 15:
                    sb.Append(r.Next(2) == 0 ? "\e7" : "\e8");
                    break;
                case 16:
                    sb.Append($"{Cup()}\e[{r.Next(0, 10)}{"@PX"[r.Next(3)]}");
                    break;
                case 17:
                    sb.Append($"\e[{r.Next(1, 81)}G");
                    break;
                case 18:
                    sb.Append($"\e[{r.Next(1, 26)}d");
                    break;
                case 19:
                    sb.Append(r.Next(2) == 0 ? "\r\eM" : "\r\eD");
                    break;
                case 20:
                    sb.Append(new string((char)('a' + r.Next(26)), r.Next(1, 100)));
                    break;
                case 21:
                    sb.Append($"x\e[{r.Next(1, 30)}b");
                    break;
                case 22:
                    sb.Append($"\e[{r.Next(1, 26)};{r.Next(1, 81)}H\e[{r.Next(0, 6)}{"CD"[r.Next(2)]}");
                    break;
                case 23:
                    sb.Append($"\e[{r.Next(1, 26)};{r.Next(1, 60)}H\e[4h{words[r.Next(words.Length)]}\e[4l");
                    break;
            }
        }
        sb.Append("\e[0m");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
