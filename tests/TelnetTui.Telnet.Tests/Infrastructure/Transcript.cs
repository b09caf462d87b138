using System.Text;
using System.Text.RegularExpressions;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Tests.Infrastructure;

/// <summary>
/// An event transcript in the vector files' canonical form. Adjacent data events are merged, so the
/// transcript does not depend on how the input was chunked.
/// </summary>
public sealed partial class Transcript
{
    private readonly List<string> _events = [];
    private readonly List<byte> _pendingData = [];

    public void Data(ReadOnlySpan<byte> data) => _pendingData.AddRange(data);

    public void Add(string ev)
    {
        FlushData();
        _events.Add(ev);
    }

    public List<string> Events
    {
        get
        {
            FlushData();
            return _events;
        }
    }

    private void FlushData()
    {
        if (_pendingData.Count == 0)
            return;
        _events.Add("data " + ByteTokens.Quote(_pendingData.ToArray()));
        _pendingData.Clear();
    }

    /// <summary>Brings an expected event line to canonical form (data and sb payloads as quoted bytes).</summary>
    public static string Canonical(string ev)
    {
        ev = Spaces().Replace(ev.Trim(), " ");
        if (ev.StartsWith("data ", StringComparison.Ordinal))
            return "data " + ByteTokens.Quote(ByteTokens.Parse(ev[5..]));
        if (ev.StartsWith("sb ", StringComparison.Ordinal))
        {
            var parts = ev[3..].Split(' ', 2);
            var option = ByteTokens.Option(parts[0]);
            var payload = parts.Length > 1 ? ByteTokens.Parse(parts[1]) : [];
            return Sb(option, payload);
        }
        return ev;
    }

    public static string Sb(byte option, ReadOnlySpan<byte> payload)
        => payload.IsEmpty ? $"sb {TelnetOption.Name(option)}" : $"sb {TelnetOption.Name(option)} {ByteTokens.Quote(payload)}";

    public static string Describe(IEnumerable<string> events)
    {
        var sb = new StringBuilder();
        foreach (var e in events)
            sb.AppendLine("  " + e);
        return sb.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
