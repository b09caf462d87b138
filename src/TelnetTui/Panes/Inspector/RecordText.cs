using System.Globalization;
using System.Text;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Panes.Inspector;

/// <summary>The columns of one negotiation record as the inspector shows them.</summary>
public static class RecordText
{
    public static string Time(NegotiationRecord r) => r.Time.ToLocalTime().ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);

    /// <summary>"←" received from the host, "→" sent by us.</summary>
    public static string Direction(NegotiationRecord r) => r.Direction == TelnetDirection.Received ? "<-" : "->";

    /// <summary>WILL/WONT/DO/DONT, SB, the command (GA, NOP...) or "notice".</summary>
    public static string Command(NegotiationRecord r) => r.Kind switch
    {
        RecordKind.Notice => "notice",
        _ => FirstWord(r.Meaning),
    };

    public static string Option(NegotiationRecord r) => r.Option is { } o ? TelnetOption.Name(o) : "";

    /// <summary>What the record says beyond its command and option, and for negotiations the state it left.</summary>
    public static string Meaning(NegotiationRecord r)
    {
        var text = r.Meaning;
        if (r.Kind is RecordKind.Negotiation or RecordKind.Subnegotiation or RecordKind.Command)
        {
            text = Skip(text, Command(r));
            if (r.Option is not null)
                text = Skip(text, Option(r));
        }
        if (r.Kind == RecordKind.Negotiation && r.StateAfter is { } state)
            text = text.Length == 0 ? $"now {state}" : $"{text}; now {state}";
        return text;
    }

    /// <summary>The bytes as hex pairs ("FF FB 01"), at most <paramref name="maxBytes"/> of them.</summary>
    public static string Raw(NegotiationRecord r, int maxBytes = 64)
    {
        var span = r.Raw.Span;
        var n = Math.Min(span.Length, maxBytes);
        var sb = new StringBuilder(n * 3 + 2);
        for (var i = 0; i < n; i++)
        {
            if (i > 0)
                sb.Append(' ');
            sb.Append(span[i].ToString("X2", CultureInfo.InvariantCulture));
        }
        if (n < span.Length)
            sb.Append(" …");
        return sb.ToString();
    }

    /// <summary>All columns on one line (search and copy).</summary>
    public static string Line(NegotiationRecord r) => $"{Time(r)} {Direction(r)} {Command(r)} {Option(r)} {Meaning(r)}";

    private static string FirstWord(string text)
    {
        var space = text.IndexOf(' ');
        return space < 0 ? text : text[..space];
    }

    private static string Skip(string text, string word)
    {
        if (word.Length == 0 || !text.StartsWith(word, StringComparison.Ordinal))
            return text;
        return text[word.Length..].TrimStart();
    }
}
