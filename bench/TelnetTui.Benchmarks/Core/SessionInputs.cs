using System.Text;

namespace TelnetTui.Benchmarks.Core;

/// <summary>A MUD-like stream: coloured lines of about 70 characters, a prompt ended by IAC GA every 20 lines.</summary>
public static class SessionInputs
{
    public const int SizeMiB = 16;

    public static byte[] Mud()
    {
        var sb = new StringBuilder();
        var words = new[] { "The", "\e[1;33mgoblin\e[0m", "swings", "at", "you", "and", "\e[31mmisses\e[0m", "wildly;", "a", "rat", "scurries", "past." };
        var bytes = new List<byte>(SizeMiB * 1024 * 1024 + 4096);
        var line = 0;
        while (bytes.Count < SizeMiB * 1024 * 1024)
        {
            sb.Clear();
            for (var i = 0; sb.Length < 70; i++)
                sb.Append(words[(line + i) % words.Length]).Append(' ');
            sb.Append("\r\n");
            bytes.AddRange(Encoding.UTF8.GetBytes(sb.ToString()));
            if (++line % 20 == 0)
            {
                bytes.AddRange(Encoding.UTF8.GetBytes($"\e[32m<{line % 1000}hp 50mp>\e[0m "));
                bytes.AddRange(new byte[] { 255, 249 }); // IAC GA
            }
        }
        return [.. bytes];
    }
}
