using System.Globalization;
using System.Text;

namespace TelnetTui.Benchmarks.Toml;

/// <summary>
/// A deterministic connection book of <paramref name="hosts"/> hosts, each with the fields people
/// use (a comment, strings, integers, a date-time, an array, an inline table, a trigger for every
/// third host), padded with notes to reach the target size: 5,000 hosts in 1 MB (about 210 bytes
/// each) is the book the benchmark asks for.
/// </summary>
public static class LargeBook
{
    public static string Generate(int hosts, int targetBytes)
    {
        var sb = new StringBuilder(targetBytes + 4096);
        sb.Append("# Benchmark connection book\n\n");
        var notesLength = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            sb.Length = 0;
            sb.Append("# Benchmark connection book\n\n");
            for (var i = 0; i < hosts; i++)
                AppendHost(sb, i, notesLength);
            // Second pass: pad every host's notes so the whole file reaches the target size.
            notesLength = Math.Max(0, (targetBytes - sb.Length) / hosts - "notes = \"\"\n".Length);
        }
        return sb.ToString();
    }

    private static void AppendHost(StringBuilder sb, int i, int notesLength)
    {
        var id = "host-" + i.ToString(CultureInfo.InvariantCulture);
        var mud = i % 3 == 0;
        if (i % 10 == 0)
            sb.Append("# hosts ").Append(i).Append(" to ").Append(i + 9).Append('\n');
        sb.Append("[hosts.").Append(id).Append("]\n");
        sb.Append("host = \"").Append(id).Append(".example\"\n");
        sb.Append("port = ").Append(2000 + i % 5000).Append('\n');
        sb.Append("encoding = \"").Append(mud ? "utf-8" : "cp437").Append("\"\n");
        sb.Append("mode = \"").Append(mud ? "mud" : "bbs").Append("\"\n");
        sb.Append("tags = [\"").Append(mud ? "mud" : "bbs").Append("\"]\n");
        sb.Append("last_connected = 2024-03-01T20:15:00Z\n");
        sb.Append("times_connected = ").Append(i).Append('\n');
        if (notesLength > 0)
            sb.Append("notes = \"").Append('n', notesLength).Append("\"\n");
        if (mud)
        {
            sb.Append("auto_reconnect = { enabled = true, delay = 5 }\n");
            sb.Append("[[hosts.").Append(id).Append(".triggers]]\npattern = \"^You are hungry\"\nsend = \"eat\"\n");
        }
        sb.Append('\n');
    }
}
